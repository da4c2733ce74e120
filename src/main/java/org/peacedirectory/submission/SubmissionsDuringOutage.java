package org.peacedirectory.submission;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.system.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form sent while the database does not answer comes back as it was typed, with a message and a 503
 * ({@code Retry-After}), instead of an error page that would lose it. The form is bound again from the
 * request, as the controller bound it; the page's choices come from memory ({@link SubmissionFormPage}).
 * Other pages of the controller (a form to open) get the site's 503 page.
 */
@ControllerAdvice(assignableTypes = SubmissionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionsDuringOutage {

    private static final Logger log = LoggerFactory.getLogger(SubmissionsDuringOutage.class);

    private final SubmissionFormPage page;

    SubmissionsDuringOutage(SubmissionFormPage page) {
        this.page = page;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ModelAndView keepAnswers(Exception failure, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (!DatabaseUnavailable.causedBy(failure)) {
            throw failure;
        }
        log.warn(
                "Database unavailable, 503 for {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                NestedExceptionUtils.getMostSpecificCause(failure).toString());
        SubmissionForm form = request.getMethod().equals("POST") ? formAsSent(request) : null;
        if (form == null) {
            DatabaseUnavailable.sendErrorPage(request, response); // a form to open: the site's 503 page
            return new ModelAndView();
        }
        ExtendedModelMap model = new ExtendedModelMap();
        BindingResult errors = new BeanPropertyBindingResult(form, SubmissionController.FORM);
        errors.reject("submission.databaseUnavailable");
        model.addAttribute(SubmissionController.FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + SubmissionController.FORM, errors);
        String slug = null;
        String token = pathVariables(request).get("token");
        if (token != null) {
            model.addAttribute("formAction", "/submissions/" + token + "/edit");
            model.addAttribute("pageTitle", "submission.resubmit.title");
            model.addAttribute("pageIntro", "submission.resubmit.intro");
        } else {
            slug = pathVariables(request).get("slug");
        }
        String view = page.showWithErrors(model, form, slug);
        DatabaseUnavailable.mark(request, response);
        return new ModelAndView(view, model, HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** The form as the controller received it; null if the request does not even make one. */
    private static @Nullable SubmissionForm formAsSent(HttpServletRequest request) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, SubmissionController.FORM);
        binder.setTargetType(ResolvableType.forClass(SubmissionForm.class));
        binder.construct(request);
        return binder.getTarget() instanceof SubmissionForm form ? form : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
