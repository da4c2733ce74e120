package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Settings that someone who is not a moderator asked for and that show more than the profile does now: they
 * wait for a moderator ({@link ProfileSafety#approveShowing}). One a profile, the last asked.
 */
@Entity
@Table(name = "safety_request")
class SafetyRequest {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Embedded
    private SafetySettings requested;

    @Column(name = "requested_by_account")
    private @Nullable Long requestedByAccount;

    @Column(name = "requested_by_name", nullable = false)
    private String requestedByName;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @SuppressWarnings("NullAway.Init")
    protected SafetyRequest() {}

    SafetyRequest(long organisationId, SafetySettings requested, SafetyActor actor, Instant now) {
        this.organisationId = organisationId;
        this.requested = requested;
        this.requestedByAccount = actor.accountId();
        this.requestedByName = actor.name();
        this.requestedAt = now;
    }

    SafetySettings requested() {
        return requested;
    }

    String requestedByName() {
        return requestedByName;
    }

    Instant requestedAt() {
        return requestedAt;
    }
}
