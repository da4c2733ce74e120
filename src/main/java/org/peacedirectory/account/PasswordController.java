package org.peacedirectory.account;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.peacedirectory.account.AccountForms.PasswordChangeForm;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every moderator changes their own password here, giving the current one first. */
@Controller
@RequestMapping("/moderation/password")
class PasswordController {

    private static final String FORM = "passwordChangeForm";
    private static final String VIEW = "account/change-password";

    private final AccountService service;
    private final PasswordPolicy policy;

    PasswordController(AccountService service, PasswordPolicy policy) {
        this.service = service;
        this.policy = policy;
    }

    @InitBinder
    void keepPasswordsAsTyped(WebDataBinder binder) {
        AccountForms.keepStringsAsTyped(binder);
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute(FORM, new PasswordChangeForm(null, null, null));
        return VIEW;
    }

    @PostMapping
    String change(
            @AuthenticationPrincipal ModeratorPrincipal moderator,
            @ModelAttribute(FORM) PasswordChangeForm form,
            BindingResult errors,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
            errors.rejectValue("currentPassword", "account.password.currentMissing");
        }
        AccountForms.checkPassword(policy, form.newPassword(), "newPassword", errors);
        if (!errors.hasFieldErrors("newPassword") && !Objects.equals(form.newPassword(), form.confirmation())) {
            errors.rejectValue("confirmation", "account.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                if (service.changeOwnPassword(
                        moderator, form.currentPassword(), AccountForms.validated(form.newPassword()))) {
                    AccountController.notice(redirect, "account.password.changed", null);
                    return "redirect:/moderation/password";
                }
                errors.rejectValue("currentPassword", "account.password.currentWrong");
            } catch (OptimisticLockingFailureException e) {
                errors.reject("account.changedMeanwhile");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return VIEW;
    }
}
