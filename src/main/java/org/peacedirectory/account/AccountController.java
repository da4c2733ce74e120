package org.peacedirectory.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.AccountForms.NewAccountForm;
import org.peacedirectory.account.AccountForms.PasswordResetForm;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins manage moderator accounts: list, create, disable, enable, reset a password. Every change is a
 * POST that redirects back to the list with a message (POST-redirect-GET); a form with errors comes back
 * with status 422.
 */
@Controller
@RequestMapping("/moderation/accounts")
class AccountController {

    static final String LIST = "redirect:/moderation/accounts";
    private static final String NEW_FORM = "accountForm";
    private static final String RESET_FORM = "passwordResetForm";

    private final AccountService service;
    private final PasswordPolicy policy;
    private final SecondFactors secondFactors;

    AccountController(AccountService service, PasswordPolicy policy, SecondFactors secondFactors) {
        this.service = service;
        this.policy = policy;
        this.secondFactors = secondFactors;
    }

    @InitBinder
    void keepPasswordsAsTyped(WebDataBinder binder) {
        AccountForms.keepStringsAsTyped(binder);
    }

    @GetMapping
    String list(@AuthenticationPrincipal ModeratorPrincipal admin, Model model) {
        model.addAttribute("accounts", service.list(admin));
        model.addAttribute("secondFactorRequired", secondFactors.isRequired());
        return "account/list";
    }

    /** The checkbox sends {@code required=true} when ticked and nothing when not. */
    @PostMapping("/second-factor-requirement")
    String requireSecondFactor(
            @AuthenticationPrincipal ModeratorPrincipal admin,
            @RequestParam(name = "required", defaultValue = "false") boolean required,
            RedirectAttributes redirect) {
        if (required && !secondFactors.isEnrolled(admin.getAccountId())) {
            // Otherwise the admin's own next page would be the enrolment page: they set up theirs first.
            notice(redirect, "account.secondFactor.enrolFirst", null);
            return LIST;
        }
        secondFactors.setRequired(admin, required);
        notice(redirect, required ? "account.secondFactor.nowRequired" : "account.secondFactor.nowOptional", null);
        return LIST;
    }

    /**
     * For a moderator who lost their phone: they log in with the password again and can enrol anew. Not for
     * the admin's own factor, which is switched off on their second-factor page with a code.
     */
    @PostMapping("/{id}/second-factor/remove")
    String removeSecondFactor(
            @AuthenticationPrincipal ModeratorPrincipal admin, @PathVariable long id, RedirectAttributes redirect) {
        String name = service.displayNameOf(admin, id);
        try {
            notice(
                    redirect,
                    secondFactors.remove(admin, id) ? "account.secondFactor.removed" : "account.changedMeanwhile",
                    name);
        } catch (SecondFactors.CannotRemoveOwnSecondFactorException e) {
            notice(redirect, "account.secondFactor.removeOwn", null);
        }
        return LIST;
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        return showNewForm(model, NewAccountForm.blank());
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal ModeratorPrincipal admin,
            @Valid @ModelAttribute(NEW_FORM) NewAccountForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AccountForms.checkPassword(policy, form.password(), "password", errors);
        if (!errors.hasErrors()) {
            try {
                service.create(
                        admin,
                        AccountForms.validated(form.email()),
                        AccountForms.validated(form.displayName()),
                        Role.valueOf(AccountForms.validated(form.role())),
                        AccountForms.validated(form.password()));
                notice(redirect, "account.created", form.displayName());
                return LIST;
            } catch (AccountService.EmailTakenException | DataIntegrityViolationException sameEmail) {
                errors.rejectValue("email", "account.email.taken");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showNewForm(model, form);
    }

    @PostMapping("/{id}/disable")
    String disable(
            @AuthenticationPrincipal ModeratorPrincipal admin, @PathVariable long id, RedirectAttributes redirect) {
        try {
            notice(redirect, "account.disabled", service.disable(admin, id));
        } catch (AccountService.CannotDisableSelfException e) {
            notice(redirect, "account.disable.self", null);
        } catch (OptimisticLockingFailureException e) {
            notice(redirect, "account.changedMeanwhile", null);
        }
        return LIST;
    }

    @PostMapping("/{id}/enable")
    String enable(
            @AuthenticationPrincipal ModeratorPrincipal admin, @PathVariable long id, RedirectAttributes redirect) {
        try {
            notice(redirect, "account.enabled", service.enable(admin, id));
        } catch (OptimisticLockingFailureException e) {
            notice(redirect, "account.changedMeanwhile", null);
        }
        return LIST;
    }

    @GetMapping("/{id}/password")
    String resetForm(@AuthenticationPrincipal ModeratorPrincipal admin, @PathVariable long id, Model model) {
        model.addAttribute(RESET_FORM, new PasswordResetForm(null));
        return showResetForm(model, admin, id);
    }

    @PostMapping("/{id}/password")
    String reset(
            @AuthenticationPrincipal ModeratorPrincipal admin,
            @PathVariable long id,
            @ModelAttribute(RESET_FORM) PasswordResetForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AccountForms.checkPassword(policy, form.password(), "password", errors);
        if (!errors.hasErrors()) {
            try {
                notice(
                        redirect,
                        "account.passwordReset",
                        service.resetPassword(admin, id, AccountForms.validated(form.password())));
            } catch (OptimisticLockingFailureException e) {
                notice(redirect, "account.changedMeanwhile", null);
            }
            return LIST;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showResetForm(model, admin, id);
    }

    private static String showNewForm(Model model, NewAccountForm form) {
        model.addAttribute(NEW_FORM, form);
        model.addAttribute("roles", Role.values());
        return "account/new";
    }

    private String showResetForm(Model model, ModeratorPrincipal admin, long id) {
        model.addAttribute("accountId", id);
        model.addAttribute("accountName", service.displayNameOf(admin, id));
        return "account/reset-password";
    }

    /** A one-line message shown once on the next page, from a message code and one argument. */
    static void notice(RedirectAttributes redirect, String code, @Nullable String argument) {
        redirect.addFlashAttribute("noticeCode", code);
        if (argument != null) {
            redirect.addFlashAttribute("noticeArgument", argument);
        }
    }
}
