package org.peacedirectory.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.ModeratorLogin.PendingSecondFactor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login's second step, reached only after the right password for an account with a second factor:
 * the moderator gives a code from their app. Until then nothing under {@code /moderation} is open to them.
 */
@Controller
class SecondFactorLoginController {

    /** What the form shows; the code is never sent back. */
    record CodeForm(@Nullable String code) {}

    private static final String FORM = "codeForm";

    private final ModeratorLogin login;
    private final SecondFactors secondFactors;
    private final LoginThrottle throttle;

    SecondFactorLoginController(ModeratorLogin login, SecondFactors secondFactors, LoginThrottle throttle) {
        this.login = login;
        this.secondFactors = secondFactors;
        this.throttle = throttle;
    }

    @GetMapping(ModeratorLogin.SECOND_FACTOR_PAGE)
    String show(HttpServletRequest request, Model model) {
        if (pending(request) == null) {
            return "redirect:" + ModeratorLogin.PAGE;
        }
        CodeForm form = new CodeForm(null);
        BindingResult result = new BeanPropertyBindingResult(form, FORM);
        if (request.getParameter("error") != null) {
            result.rejectValue("code", "account.secondFactor.wrongCode");
        }
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        return "account/second-factor-login";
    }

    @PostMapping(ModeratorLogin.SECOND_FACTOR_PAGE)
    void check(
            @RequestParam(name = "code", required = false) @Nullable String code,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException, ServletException {
        PendingSecondFactor pending = pending(request);
        if (pending == null) {
            response.sendRedirect(request.getContextPath() + ModeratorLogin.PAGE);
            return;
        }
        String email = pending.moderator().getUsername();
        Duration addressLock = throttle.lockedForAddress(request.getRemoteAddr());
        if (!addressLock.isZero()) {
            request.getSession().removeAttribute(ModeratorLogin.PENDING);
            login.backToLoginPage(request, response, email, addressLock);
        } else if (!throttle.codesLockedFor(email).isZero()) {
            // Too many wrong codes for this account, from anywhere: even the right one waits for the lock to end.
            request.getSession().removeAttribute(ModeratorLogin.PENDING);
            login.backToLoginPageCodesLocked(request, response, email, throttle.codesLockedFor(email));
        } else if (secondFactors.useCodeOrRecoveryCode(pending.moderator(), code)) {
            // The password was right when the code was asked for, so an account lock does not apply here.
            login.completeWithSecondFactor(request, response, pending.moderator());
        } else {
            login.recordWrongCode(request, pending);
            if (!throttle.codesLockedFor(email).isZero()) {
                login.backToLoginPageCodesLocked(request, response, email, throttle.codesLockedFor(email));
            } else if (pending(request) == null) {
                login.backToLoginPage(request, response, email, Duration.ZERO);
            } else {
                response.sendRedirect(request.getContextPath() + ModeratorLogin.SECOND_FACTOR_PAGE + "?error");
            }
        }
    }

    private static @Nullable PendingSecondFactor pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ModeratorLogin.PENDING) instanceof PendingSecondFactor pending
                ? pending
                : null;
    }
}
