package org.peacedirectory.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.PublishedProfileChanged;
import org.peacedirectory.submission.DecisionReason;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionDecided;
import org.peacedirectory.submission.SubmissionStatus;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

/**
 * The aggregates announce their own changes, and every path of the moderators' decisions saves them so that
 * Spring Data publishes what they registered: each transition's event arrives, once, with what it is about.
 * Events are caught on the test's thread (Modulith's {@link PublishedEvents}), so the decisions are called
 * here; the submissions are made through the public form beforehand.
 */
@DirectoryTest
@ExtendWith(PublishedEventsExtension.class)
class EventsFromAggregatesTest {

    @LocalServerPort
    int port;

    @Autowired
    Decisions decisions;

    @Autowired
    ProfileModeration profiles;

    @Autowired
    FormStamp stamps;

    @Autowired
    SubmissionTestSupport support;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void forgetRateLimits() {
        support.clearRateLimits();
    }

    @Test
    void approvingANewOrganisationAnnouncesTheDecisionAndTheNewProfile(PublishedEvents events) {
        long id = submitted("Events Approved Org");

        Organisation published =
                decisions.approve(id, Approvals.submissionVersion(jdbc, id), VerificationChoice.KEEP, moderator());

        assertThat(events.ofType(SubmissionDecided.class))
                .containsExactly(new SubmissionDecided(id, SubmissionStatus.APPROVED, 1));
        assertThat(events.ofType(PublishedProfileChanged.class))
                .containsExactly(new PublishedProfileChanged(published.getId()));
    }

    @Test
    void approvingWithTheBadgeAnnouncesTheBadgeAsWellAsTheContent(PublishedEvents events) {
        long id = submitted("Events Verified Org");

        Organisation published = decisions.approve(
                id, Approvals.submissionVersion(jdbc, id), VerificationChoice.CONFIRM_EXISTENCE, moderator());

        assertThat(events.ofType(PublishedProfileChanged.class))
                .as("the content, then the badge")
                .containsExactly(
                        new PublishedProfileChanged(published.getId()), new PublishedProfileChanged(published.getId()));
    }

    @Test
    void approvingAChangeAnnouncesTheChangedProfile(PublishedEvents events) {
        Organisation live = Approvals.approveNew(app, port, "Events Changed Org");
        FormSession browser = new FormSession(port, "en");
        Map<String, List<String>> change = support.filledChange(browser, stamps, live.getSlug());
        change.put("organisation.city", List.of("Kolda"));
        assertThat(browser.post("/organisations/" + live.getSlug() + "/suggest-edit", change, Map.of())
                        .statusCode())
                .isEqualTo(302);
        support.clearRateLimits();
        long id = jdbc.sql("select id from submission where organisation_id = ?")
                .param(live.getId())
                .query(Long.class)
                .single();

        decisions.approve(id, Approvals.submissionVersion(jdbc, id), VerificationChoice.KEEP, moderator());

        assertThat(events.ofType(SubmissionDecided.class))
                .as("the first approval, then the change's")
                .containsExactly(
                        new SubmissionDecided(submissionOf(live), SubmissionStatus.APPROVED, 1),
                        new SubmissionDecided(id, SubmissionStatus.APPROVED, 1));
        assertThat(events.ofType(PublishedProfileChanged.class))
                .as("published, then changed")
                .containsExactly(new PublishedProfileChanged(live.getId()), new PublishedProfileChanged(live.getId()));
    }

    @Test
    void rejectingAndSendingBackAnnounceTheDecisionOnTheirRevision(PublishedEvents events) {
        long sentBack = submitted("Events Sent Back Org");
        long rejected = submitted("Events Rejected Org");
        ModeratorPrincipal moderator = moderator();

        decisions.requestChanges(
                sentBack, Approvals.submissionVersion(jdbc, sentBack), "Please add the city.", moderator);
        decisions.reject(
                sentBack, Approvals.submissionVersion(jdbc, sentBack), DecisionReason.INCOMPLETE, null, moderator);
        decisions.reject(
                rejected,
                Approvals.submissionVersion(jdbc, rejected),
                DecisionReason.DUPLICATE,
                "Already listed.",
                moderator);

        assertThat(events.ofType(SubmissionDecided.class))
                .containsExactly(
                        new SubmissionDecided(sentBack, SubmissionStatus.CHANGES_REQUESTED, 1),
                        new SubmissionDecided(sentBack, SubmissionStatus.REJECTED, 1),
                        new SubmissionDecided(rejected, SubmissionStatus.REJECTED, 1));
        assertThat(events.ofType(PublishedProfileChanged.class)).isEmpty();
    }

    @Test
    void claimingAndMarkingAsSpamAnnounceNothing(PublishedEvents events) {
        long id = submitted("Events Spam Org");
        ModeratorPrincipal moderator = moderator();

        decisions.claim(id, Approvals.submissionVersion(jdbc, id), moderator);
        decisions.markAsSpam(id, Approvals.submissionVersion(jdbc, id), moderator);

        assertThat(jdbc.sql("select status from submission where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("SPAM");
        assertThat(events.ofType(SubmissionDecided.class))
                .as("a spammer is told nothing")
                .isEmpty();
    }

    @Test
    void changingTheBadgeOrRollingBackAnnouncesTheProfile(PublishedEvents events) {
        long organisationId =
                Approvals.approveNew(app, port, "Events Badge Org").getId();
        ModeratorPrincipal moderator = moderator();

        profiles.verification(
                organisationId, organisationVersion(organisationId), VerificationMove.CONFIRM_EXISTENCE, moderator);
        profiles.rollBack(organisationId, organisationVersion(organisationId), 1, moderator);

        PublishedProfileChanged changed = new PublishedProfileChanged(organisationId);
        assertThat(events.ofType(PublishedProfileChanged.class))
                .as("published, the badge, the rolled-back content")
                .containsExactly(changed, changed, changed);
    }

    private long submitted(String name) {
        return support.submit(new FormSession(port, "en"), stamps, name);
    }

    private ModeratorPrincipal moderator() {
        return Moderators.create(jdbc, "Events Moderator");
    }

    private long submissionOf(Organisation organisation) {
        return jdbc.sql("select submission_id from organisation_revision where organisation_id = ? and number = 1")
                .param(organisation.getId())
                .query(Long.class)
                .single();
    }

    private long organisationVersion(long organisationId) {
        return jdbc.sql("select version from organisation where id = ?")
                .param(organisationId)
                .query(Long.class)
                .single();
    }
}
