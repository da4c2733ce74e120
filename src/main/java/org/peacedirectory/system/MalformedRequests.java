package org.peacedirectory.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests no browser sends, refused with a 400 and the site's error page (rendered by the error
 * dispatch, so in the reader's language) and one log line without a stack trace: a stack trace per
 * request would let anyone flood the log. Forms and the list parameters are bound into records by
 * their constructors; a forged list index ({@code activities[300]}, {@code activities[-1]},
 * {@code activities[abc]}) would make that binding fail with an {@link IndexOutOfBoundsException} or a
 * {@link NumberFormatException}, so such names are refused before binding. Database outages have their
 * own handler elsewhere.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedRequests {

    /** Starts every log line about a refused request (tests look for it). */
    static final String LOG_MARK = "Malformed request refused";

    private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");
    /** How deep into records inside records field paths are followed (a record may even hold itself). */
    private static final int MAX_DEPTH = 4;

    /** Checks the indexes of the fields about to be bound into a form (binders of plain values are left alone). */
    @InitBinder
    void refuseForgedIndexes(WebDataBinder binder, WebRequest request) {
        Class<?> type = binder.getTargetType() != null
                ? binder.getTargetType().resolve()
                : binder.getTarget() != null ? binder.getTarget().getClass() : null;
        if (type == null || BeanUtils.isSimpleProperty(type)) {
            return;
        }
        Set<String> properties = PROPERTIES.get(type);
        for (String name : request.getParameterMap().keySet()) {
            int bracket = name.indexOf('[');
            if (bracket > 0
                    && properties.contains(name.substring(0, bracket))
                    && !validIndexes(name, binder.getAutoGrowCollectionLimit())) {
                throw new ForgedFieldException(name);
            }
        }
    }

    @ExceptionHandler({ForgedFieldException.class, InvalidPropertyException.class, BeanInstantiationException.class})
    ModelAndView badForm(Exception refused, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return refuse(HttpStatus.BAD_REQUEST, refused, request, response);
    }

    /** A body that is not the multipart it claims to be; a body too large keeps its own 413 page. */
    @ExceptionHandler(MultipartException.class)
    ModelAndView badMultipart(MultipartException refused, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpStatus status = refused instanceof MaxUploadSizeExceededException
                ? HttpStatus.PAYLOAD_TOO_LARGE
                : HttpStatus.BAD_REQUEST;
        return refuse(status, refused, request, response);
    }

    /** Logs one line and lets the error dispatch render the site's page for the status. */
    static ModelAndView refuse(
            HttpStatus status, Exception refused, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        logRefusal(status, request, refused.getClass().getSimpleName() + ": " + refused.getMessage());
        response.sendError(status.value());
        return new ModelAndView();
    }

    static void logRefusal(HttpStatus status, HttpServletRequest request, @Nullable String why) {
        log.warn(
                "{} ({}): {} {}: {}",
                LOG_MARK,
                status.value(),
                request.getMethod(),
                printable(request.getRequestURI()),
                printable(why));
    }

    /** What came from the request, made safe for one log line (no line breaks, bounded length). */
    static String printable(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("[\\p{Cntrl}]", "?");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }

    /** The bindable property paths of each form type, found by reflection once per type. */
    private static final ClassValue<Set<String>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return propertiesOf(type);
        }
    };

    private static Set<String> propertiesOf(Class<?> type) {
        Set<String> names = new HashSet<>();
        if (type.isRecord()) {
            addComponents(type, "", names, MAX_DEPTH);
        } else {
            Arrays.stream(BeanUtils.getPropertyDescriptors(type)).forEach(property -> names.add(property.getName()));
        }
        return Set.copyOf(names);
    }

    /**
     * A record's components by their paths, those of the records inside it included ({@code organisation.themes}):
     * a form in parts is bound part by part, and a forged index inside a part fails the same way.
     */
    private static void addComponents(Class<?> record, String prefix, Set<String> names, int depth) {
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            names.add(path);
            if (component.getType().isRecord() && depth > 1) {
                addComponents(component.getType(), path + ".", names, depth - 1);
            }
        }
    }

    /** Every index of the name is a plain number the binder can grow a list to. */
    private static boolean validIndexes(String name, int limit) {
        Matcher index = INDEX.matcher(name);
        while (index.find()) {
            String number = index.group(1);
            if (!number.matches("\\d{1,9}") || Integer.parseInt(number) >= limit) {
                return false;
            }
        }
        return true;
    }

    /** A form field whose name no form of the site has. */
    static final class ForgedFieldException extends RuntimeException {
        ForgedFieldException(String name) {
            super("field " + printable(name) + " has an index no form uses");
        }
    }
}
