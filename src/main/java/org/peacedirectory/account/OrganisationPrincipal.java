package org.peacedirectory.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Someone signed in for an organisation that manages its profile (an accepted claim), by a link mailed to
 * them (Spring Security's one-time-token login). Another kind of principal than {@link ModeratorPrincipal}:
 * its only role is {@value #ROLE}, so it never reaches moderation. Kept in the HTTP session, hence serialised
 * into PostgreSQL: a few small fields.
 */
public final class OrganisationPrincipal implements AuthenticatedPrincipal, Serializable {

    private static final long serialVersionUID = 1L;

    /** The authority of an organisation signed in (without the {@code ROLE_} prefix, as {@code hasRole} reads it). */
    public static final String ROLE = "ORGANISATION";

    private final long claimId;
    private final long organisationId;
    private final String organisationSlug;
    private final String email;
    private final String displayName;

    public OrganisationPrincipal(
            long claimId, long organisationId, String organisationSlug, String email, String displayName) {
        this.claimId = claimId;
        this.organisationId = organisationId;
        this.organisationSlug = organisationSlug;
        this.email = email;
        this.displayName = displayName;
    }

    /** The accepted claim this sign-in stands on: revoked, the session ends. */
    public long getClaimId() {
        return claimId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationSlug() {
        return organisationSlug;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Whether this person manages that organisation's profile. */
    public boolean manages(long organisationId) {
        return this.organisationId == organisationId;
    }

    Collection<? extends GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + ROLE));
    }

    @Override
    public String getName() {
        return email;
    }
}
