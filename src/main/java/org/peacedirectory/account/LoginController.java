package org.peacedirectory.account;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page. Spring Security handles {@code POST /login} and {@code POST /logout}; see
 * {@link ModeratorLogin} for what happens after each attempt.
 */
@Controller
class LoginController {

    /** What the login form shows; the password and the second-factor code are never sent back. */
    record LoginForm(
            @Nullable String email,
            @Nullable String password,
            @Nullable String code) {}

    static final String FORM = "loginForm";

    @GetMapping(ModeratorLogin.PAGE)
    String login(HttpServletRequest request, Model model) {
        // "?error" has an empty value, which the site-wide binder would turn into null: read the parameters.
        boolean locked = request.getParameter("locked") != null;
        boolean codesLocked = request.getParameter("codesLocked") != null;
        boolean error = request.getParameter("error") != null;
        boolean logout = request.getParameter("logout") != null;
        Object email = model.getAttribute(ModeratorLogin.FLASH_EMAIL);
        LoginForm form = new LoginForm(email instanceof String text ? text : null, null, null);
        BindingResult result = new BeanPropertyBindingResult(form, FORM);
        if (locked) {
            Object minutes = model.getAttribute(ModeratorLogin.FLASH_LOCKED_MINUTES);
            result.reject(
                    "account.login.locked",
                    new Object[] {minutes instanceof Long value ? value : ModeratorLogin.minutes(LoginThrottle.LOCK)},
                    null);
        } else if (codesLocked) {
            Object minutes = model.getAttribute(ModeratorLogin.FLASH_LOCKED_MINUTES);
            result.reject(
                    "account.login.codesLocked",
                    new Object[] {
                        minutes instanceof Long value ? value : ModeratorLogin.minutes(LoginThrottle.CODE_LOCK)
                    },
                    null);
        } else if (error) {
            result.reject("account.login.failed");
        }
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        model.addAttribute("loggedOut", logout && !error && !locked && !codesLocked);
        return "account/login";
    }
}
