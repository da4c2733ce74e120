package org.peacedirectory.account;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.moderationlog.ModerationLog;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in moderator, as Spring Security and the controllers see them. It is kept in the HTTP session,
 * hence serialised into PostgreSQL (Spring Session JDBC): a few small fields, and no password hash once the
 * login is over ({@link #eraseCredentials}, which Spring Security calls after a successful login).
 */
public final class ModeratorPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Role role;
    private final boolean enabled;

    public ModeratorPrincipal(
            long accountId, String email, String displayName, String passwordHash, Role role, boolean enabled) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = enabled;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** This moderator as the moderation log records them. */
    public ModerationLog.Actor asLogActor() {
        return new ModerationLog.Actor(accountId, displayName);
    }

    /** Admins are moderators too. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role == Role.ADMIN
                ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_MODERATOR"))
                : List.of(new SimpleGrantedAuthority("ROLE_MODERATOR"));
    }

    /** The hash checked at login; null once the login is over. */
    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
