package org.peacedirectory.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peacedirectory.account.SecondFactorLoginController.CodeForm;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every moderator adds their own second factor here: the page shows a new secret (and the otpauth URI an
 * app reads), and a current code from the app switches it on. The secret waits in the session until then
 * and is never shown again afterwards. Switching it off also asks for a code.
 */
@Controller
@RequestMapping(ModeratorLogin.ENROLMENT_PAGE)
class SecondFactorController {

    private static final String FORM = "codeForm";
    private static final String VIEW = "account/second-factor";
    private static final String BACK = "redirect:" + ModeratorLogin.ENROLMENT_PAGE;
    /** Session attribute: the secret shown on the page, until a code confirms it. */
    static final String NEW_SECRET = SecondFactorController.class.getName() + ".newSecret";

    private final SecondFactors secondFactors;
    private final MessageSource messages;

    SecondFactorController(SecondFactors secondFactors, MessageSource messages) {
        this.secondFactors = secondFactors;
        this.messages = messages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal ModeratorPrincipal moderator, HttpSession session, Model model) {
        model.addAttribute(FORM, new CodeForm(null));
        return view(moderator, session, model);
    }

    @PostMapping
    String enrol(
            @AuthenticationPrincipal ModeratorPrincipal moderator,
            @ModelAttribute(FORM) CodeForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (secondFactors.isEnrolled(moderator.getAccountId())) {
            return BACK;
        }
        Optional<List<String>> recoveryCodes = secondFactors.enrol(moderator, newSecret(session), form.code());
        if (recoveryCodes.isPresent()) {
            session.removeAttribute(NEW_SECRET);
            AccountController.notice(redirect, "account.secondFactor.enabled", null);
            // Shown once, on the page this redirects to; only their hashes are kept.
            redirect.addFlashAttribute("recoveryCodes", recoveryCodes.get());
            return BACK;
        }
        errors.rejectValue("code", "account.secondFactor.wrongCode");
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return view(moderator, session, model);
    }

    @PostMapping("/off")
    String switchOff(
            @AuthenticationPrincipal ModeratorPrincipal moderator,
            @ModelAttribute(FORM) CodeForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!secondFactors.isEnrolled(moderator.getAccountId())) {
            return BACK;
        }
        if (secondFactors.switchOff(moderator, form.code(), request.getRemoteAddr())) {
            AccountController.notice(redirect, "account.secondFactor.disabled", null);
            return BACK;
        }
        errors.rejectValue("code", "account.secondFactor.wrongCode");
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return view(moderator, request.getSession(), model);
    }

    private String view(ModeratorPrincipal moderator, HttpSession session, Model model) {
        model.addAttribute("required", secondFactors.isRequired());
        secondFactors
                .enabledAt(moderator.getAccountId())
                .ifPresentOrElse(
                        enabledAt -> {
                            model.addAttribute("enabledAt", enabledAt);
                            model.addAttribute(
                                    "unusedRecoveryCodes", secondFactors.unusedRecoveryCodes(moderator.getAccountId()));
                        },
                        () -> {
                            String secret = newSecret(session);
                            String issuer = messages.getMessage("site.name", null, Locale.ENGLISH);
                            model.addAttribute("secret", Totp.grouped(secret));
                            model.addAttribute("otpauthUri", Totp.uri(issuer, moderator.getUsername(), secret));
                        });
        return VIEW;
    }

    /** The same secret until it is confirmed, so that reloading the page does not undo a scan. */
    private static String newSecret(HttpSession session) {
        if (session.getAttribute(NEW_SECRET) instanceof String secret) {
            return secret;
        }
        String secret = Totp.newSecret();
        session.setAttribute(NEW_SECRET, secret);
        return secret;
    }
}
