package org.peacedirectory.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety controls of a published profile, for moderators and for the organisation that claimed it:
 * hiding takes effect at once, without review; showing again is applied when a moderator asks (their change
 * is the moderation) and otherwise waits for a moderator's approval. Every change is logged. Readers see it
 * at once: the organisation announces it when saved ({@link PublishedProfileChanged}), which clears the
 * cached pages and search results on every instance, and the search index follows at the commit.
 * <p>
 * Also the list of high-risk countries, where new profiles start hidden.
 */
@Service
public class ProfileSafety {

    /** What a change did. */
    public enum Outcome {
        /** Nothing differed from the current settings. */
        UNCHANGED,
        /** Everything asked took effect. */
        APPLIED,
        /** What hides more took effect; what shows more waits for a moderator. */
        SHOWING_PENDING
    }

    /** A request to show more, waiting for a moderator. */
    public record PendingShowing(SafetySettings requested, String requestedBy, Instant requestedAt) {}

    /**
     * What a change did, setting by setting (named as {@link SafetySettings#settingsDifferentFrom} names
     * them): what took effect at once, and what waits for a moderator.
     */
    public record Change(Outcome outcome, List<String> inEffect, List<String> waiting) {}

    /** A profile whose organisation asked to show more, for the moderators' queue. */
    public record WaitingShowing(
            long organisationId, String slug, String name, String requestedBy, Instant requestedAt) {}

    /**
     * A profile's safety settings with what they apply to (shown to moderators and to the organisation on
     * the form), and the request waiting for a moderator, if any.
     */
    public record ProfileSettings(
            long organisationId,
            String slug,
            String name,
            SafetySettings settings,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String postalAddress,
            @Nullable String contactPerson,
            @Nullable String city,
            @Nullable PendingShowing pending) {

        /** The settings the waiting request would change (none without a request). */
        public List<String> waiting() {
            return pending == null ? List.of() : pending.requested().settingsDifferentFrom(settings);
        }
    }

    private final Organisations organisations;
    private final SafetyRequests requests;
    private final HighRiskCountries highRiskCountries;
    private final ModerationLog log;
    private final Clock clock;

    ProfileSafety(
            Organisations organisations,
            SafetyRequests requests,
            HighRiskCountries highRiskCountries,
            ModerationLog log,
            Clock clock) {
        this.organisations = organisations;
        this.requests = requests;
        this.highRiskCountries = highRiskCountries;
        this.log = log;
        this.clock = clock;
    }

    /** The published profile's settings (OrganisationNotFoundException when there is none at that address). */
    @Transactional(readOnly = true)
    public ProfileSettings settings(String slug) {
        Organisation organisation = load(slug);
        ProfileContent content = organisation.content();
        PendingShowing pending = requests.findById(organisation.getId())
                .map(request ->
                        new PendingShowing(request.requested(), request.requestedByName(), request.requestedAt()))
                .orElse(null);
        return new ProfileSettings(
                organisation.getId(),
                organisation.getSlug(),
                organisation.getName(),
                organisation.getSafety(),
                content.contactEmail(),
                content.contactPhone(),
                content.contactPostalAddress(),
                content.contactPerson(),
                content.city(),
                pending);
    }

    /**
     * Asks for these settings: what hides more than now takes effect at once; what shows more takes effect
     * when a moderator asks, and otherwise waits for one (replacing any earlier request). A moderator's change
     * replaces a waiting request too, and the log says so with what the request asked.
     */
    @Transactional
    public Outcome change(String slug, SafetySettings requested, SafetyActor actor) {
        return changeSaying(slug, requested, actor).outcome();
    }

    /** As {@link #change}, saying which settings took effect at once and which wait for a moderator. */
    @Transactional
    public Change changeSaying(String slug, SafetySettings requested, SafetyActor actor) {
        Organisation organisation = load(slug);
        SafetySettings current = organisation.getSafety();
        SafetySettings hidden = current.hidingOnly(requested);
        Target target = Target.organisation(organisation.getId());
        if (!hidden.equals(current)) {
            apply(organisation, hidden);
            record(actor, ModerationAction.PROFILE_SAFETY_HIDDEN, target.because(hidden.differencesFrom(current)));
        }
        Optional<SafetyRequest> waiting = requests.findById(organisation.getId());
        if (waiting.isPresent()) {
            requests.delete(waiting.get());
            if (actor.moderator()) {
                // The moderator's settings take the place of the organisation's request: said in the log.
                record(
                        actor,
                        ModerationAction.PROFILE_SAFETY_SHOWING_SUPERSEDED,
                        target.because(waiting.get().requested().differencesFrom(current)));
            }
        }
        List<String> hiddenNow = hidden.settingsDifferentFrom(current);
        if (!requested.showsMoreThan(hidden)) {
            return new Change(hidden.equals(current) ? Outcome.UNCHANGED : Outcome.APPLIED, hiddenNow, List.of());
        }
        String shown = requested.differencesFrom(hidden);
        if (actor.moderator()) {
            apply(organisation, requested);
            record(actor, ModerationAction.PROFILE_SAFETY_SHOWN, target.because(shown));
            return new Change(Outcome.APPLIED, requested.settingsDifferentFrom(current), List.of());
        }
        requests.flush(); // the earlier request's delete before the new one's insert
        requests.save(new SafetyRequest(organisation.getId(), requested, actor, clock.instant()));
        record(actor, ModerationAction.PROFILE_SAFETY_SHOWING_REQUESTED, target.because(shown));
        return new Change(Outcome.SHOWING_PENDING, hiddenNow, requested.settingsDifferentFrom(hidden));
    }

    /** The profiles whose organisation asked to show more, oldest request first (for the moderators). */
    @Transactional(readOnly = true)
    public List<WaitingShowing> waitingShowings() {
        return requests.waiting().stream()
                .map(row -> new WaitingShowing(
                        (Long) row[0], (String) row[1], (String) row[2], (String) row[3], (Instant) row[4]))
                .toList();
    }

    /** A moderator accepts the request waiting on the profile (false when there was none). */
    @Transactional
    public boolean approveShowing(String slug, ModerationLog.Actor moderator) {
        return decideWaiting(slug, (organisation, requested) -> {
            SafetySettings before = organisation.getSafety();
            apply(organisation, requested);
            log.record(
                    moderator,
                    ModerationAction.PROFILE_SAFETY_SHOWING_APPROVED,
                    Target.organisation(organisation.getId()).because(requested.differencesFrom(before)));
        });
    }

    /** A moderator refuses the request waiting on the profile (false when there was none). */
    @Transactional
    public boolean refuseShowing(String slug, ModerationLog.Actor moderator) {
        return decideWaiting(
                slug,
                (organisation, requested) -> log.record(
                        moderator,
                        ModerationAction.PROFILE_SAFETY_SHOWING_REFUSED,
                        Target.organisation(organisation.getId())
                                .because(requested.differencesFrom(organisation.getSafety()))));
    }

    /**
     * Takes the request waiting on the published profile away and decides it with what it asked (false,
     * deciding nothing, when there was none).
     */
    private boolean decideWaiting(String slug, BiConsumer<Organisation, SafetySettings> decision) {
        Organisation organisation = load(slug);
        Optional<SafetyRequest> request = requests.findById(organisation.getId());
        if (request.isEmpty()) {
            return false;
        }
        requests.delete(request.get());
        decision.accept(organisation, request.get().requested());
        return true;
    }

    /** The high-risk countries' codes, in order. */
    @Transactional(readOnly = true)
    public List<String> highRiskCountries() {
        return highRiskCountries.codes();
    }

    /** Marks a country (an existing code) as high-risk; logged. Profiles already there are left as they are. */
    @Transactional
    public void markHighRisk(String countryCode, ModerationLog.Actor moderator) {
        if (highRiskCountries.mark(countryCode, moderator.id(), clock.instant())) {
            log.record(moderator, ModerationAction.COUNTRY_MARKED_HIGH_RISK, country(countryCode));
        }
    }

    /** Removes a country from the high-risk list; logged. */
    @Transactional
    public void unmarkHighRisk(String countryCode, ModerationLog.Actor moderator) {
        if (highRiskCountries.unmark(countryCode)) {
            log.record(moderator, ModerationAction.COUNTRY_UNMARKED_HIGH_RISK, country(countryCode));
        }
    }

    private static Target country(String countryCode) {
        return new Target(null, null, null, "country " + countryCode);
    }

    private void apply(Organisation organisation, SafetySettings settings) {
        organisation.changeSafety(settings);
        organisations.save(organisation); // announces the change (PublishedProfileChanged)
    }

    private void record(SafetyActor actor, ModerationAction action, Target target) {
        log.recordAs(actor.accountId(), actor.name(), action, target);
    }

    private Organisation load(String slug) {
        return organisations.findPublishedBySlug(slug).orElseThrow(() -> new OrganisationNotFoundException(slug));
    }
}
