package org.peacedirectory.account;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may sign in for an organisation, for the sign-in by mailed link ({@link OrganisationSignIn}): the
 * people whose claim of a profile a moderator accepted. Implemented by the claims (module {@code claim}), so
 * that this module, which only configures the sign-in, does not depend on them.
 */
public interface OrganisationUsers {

    /** Whether sign-in links can be sent at all (a mail server is configured). */
    boolean canSendSignInLinks();

    /** The organisation user of that address (an accepted claim), whatever its case; empty if none. */
    Optional<OrganisationPrincipal> byEmail(String email);

    /** Whether the claim behind a signed-in organisation user is still accepted (not revoked since). */
    boolean stillAccepted(long claimId);

    /** Mails the sign-in link (the address of the page that signs in with that token), in that language. */
    void sendSignInLink(OrganisationPrincipal user, String link, Locale language);
}
