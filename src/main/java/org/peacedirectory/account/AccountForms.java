package org.peacedirectory.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.beans.PropertyEditorSupport;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * The account forms, each a record of its own. Passwords are kept exactly as typed: the site-wide binder
 * trims every string, but Spring Security checks the password at login untrimmed, so a password stored
 * trimmed would never match. Only the non-password fields are trimmed, by the records themselves.
 */
final class AccountForms {

    /** An admin creates an account. */
    record NewAccountForm(
            @NotBlank @Pattern(regexp = "[^@\\s]+@[^@\\s]+") @Size(max = 254) @Nullable
            String email,

            @NotBlank @Size(max = 120) @Nullable String displayName,

            @NotBlank @Pattern(regexp = "MODERATOR|ADMIN") @Nullable
            String role,

            @Nullable String password) {

        NewAccountForm {
            email = trimToNull(email);
            displayName = trimToNull(displayName);
            role = trimToNull(role);
        }

        static NewAccountForm blank() {
            return new NewAccountForm(null, null, Role.MODERATOR.name(), null);
        }
    }

    /** An admin sets a new password for someone. */
    record PasswordResetForm(@Nullable String password) {}

    /** A moderator changes their own password. */
    record PasswordChangeForm(
            @Nullable String currentPassword,
            @Nullable String newPassword,
            @Nullable String confirmation) {}

    private AccountForms() {}

    /** Replaces the site-wide trimming for these forms: strings arrive as typed. */
    static void keepStringsAsTyped(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(@Nullable String text) {
                setValue(text);
            }
        });
    }

    /** Adds the password policy's problem, if any, to the field. */
    static void checkPassword(PasswordPolicy policy, @Nullable String password, String field, BindingResult errors) {
        String problem = policy.check(password);
        if (problem != null) {
            errors.rejectValue(field, problem, PasswordPolicy.messageArguments(), null);
        }
    }

    /** A value the form's validation (or {@link #checkPassword}) has already found present. */
    static String validated(@Nullable String value) {
        return Objects.requireNonNull(value, "checked by the form's validation before use");
    }

    private static @Nullable String trimToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
