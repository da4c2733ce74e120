package org.peacedirectory.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A moderator's account: who they are, their password hash, their role, and whether they may log in.
 * Changed only through {@link AccountService}, which logs every change in the moderation log.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Unique whatever its case (the index is on {@code lower(email)}). */
    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** Argon2id, in the self-describing {@code $argon2id$v=19$...} form. */
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** When the second factor was switched on; null without one. Written only by {@link SecondFactors}. */
    @Column(name = "totp_enabled_at", insertable = false, updatable = false)
    private @Nullable Instant secondFactorSince;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {}

    Account(String email, String displayName, String passwordHash, Role role, Instant now) {
        this.email = requireText(email, "email");
        this.displayName = requireText(displayName, "displayName");
        this.passwordHash = requireText(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** Stops the account from logging in; its history stays. */
    void disable() {
        if (!enabled) {
            throw new IllegalStateException("Account " + id + " is already disabled");
        }
        enabled = false;
    }

    void enable() {
        if (enabled) {
            throw new IllegalStateException("Account " + id + " is already enabled");
        }
        enabled = true;
    }

    void changePasswordHash(String newHash, Instant now) {
        passwordHash = requireText(newHash, "newHash");
        passwordChangedAt = now;
    }

    /** What Spring Security keeps in the session for this account. */
    ModeratorPrincipal toPrincipal() {
        return new ModeratorPrincipal(id, email, displayName, passwordHash, role, enabled);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean hasSecondFactor() {
        return secondFactorSince != null;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    private static String requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
