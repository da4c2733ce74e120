package org.peacedirectory.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page. Spring Security handles {@code POST /login} and {@code POST /logout}; see
 * {@link ModeratorLogin} for what happens after each attempt.
 */
@Controller
class LoginController {

    /** What the login form shows; the password is never sent back. */
    record LoginForm(String email, String password) {
    }

    static final String FORM = "loginForm";

    @GetMapping(ModeratorLogin.PAGE)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            @RequestParam(required = false) String logout, Model model) {
        Object email = model.getAttribute(ModeratorLogin.FLASH_EMAIL);
        LoginForm form = new LoginForm(email instanceof String text ? text : null, null);
        BindingResult result = new BeanPropertyBindingResult(form, FORM);
        if (locked != null) {
            Object minutes = model.getAttribute(ModeratorLogin.FLASH_LOCKED_MINUTES);
            result.reject("account.login.locked", new Object[] {minutes instanceof Long value ? value
                    : ModeratorLogin.minutes(LoginThrottle.LOCK)}, null);
        } else if (error != null) {
            result.reject("account.login.failed");
        }
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        model.addAttribute("loggedOut", logout != null && error == null && locked == null);
        return "account/login";
    }
}
