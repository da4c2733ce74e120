package org.peacedirectory.claim;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The claim form as sent: who claims (name, role, email), the form's stamp and token (spam protection and
 * a second click, as on the submission form) and the honeypot {@code url}, which people leave empty. Sizes
 * are checked by binding, before anything is stored.
 */
record ClaimForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotBlank @Size(max = 200) @Nullable String role,
        @NotBlank @Email @Size(max = 254) @Nullable String email,
        @Size(max = 100) @Nullable String stamp,
        @Size(max = 100) @Nullable String formToken,
        @Nullable String url) {

    static ClaimForm blank(String stamp, String formToken) {
        return new ClaimForm(null, null, null, stamp, formToken, null);
    }

    /** The same answers with a new stamp (the old one was not genuine or too old). */
    ClaimForm withStamp(String newStamp) {
        return new ClaimForm(name, role, email, newStamp, formToken, url);
    }

    /** The claimant as stored; call only once the form is valid. */
    ProfileClaim.Claimant toClaimant(String language) {
        return new ProfileClaim.Claimant(
                Objects.requireNonNull(name).strip(),
                Objects.requireNonNull(role).strip(),
                Objects.requireNonNull(email).strip(),
                language);
    }
}
