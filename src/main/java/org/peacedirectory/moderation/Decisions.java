package org.peacedirectory.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.ModeratorPrincipal;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLog;
import org.peacedirectory.moderationlog.ModerationLog.Target;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationPublisher;
import org.peacedirectory.organisation.ProfileContent;
import org.peacedirectory.submission.DecisionReason;
import org.peacedirectory.submission.Submission;
import org.peacedirectory.submission.SubmissionKind;
import org.peacedirectory.submission.SubmissionReview;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every moderator decision on a submission, each in one transaction with its log line. Each takes the
 * version the moderator saw: if the submission changed since, nothing happens and they are told. The
 * events (a decision, a changed profile) are the aggregates' own, published when they are saved here.
 */
@Service
class Decisions {

    private final SubmissionReview submissions;
    private final OrganisationPublisher publisher;
    private final VerificationMoves verifications;
    private final ModerationLog log;
    private final Clock clock;

    Decisions(
            SubmissionReview submissions,
            OrganisationPublisher publisher,
            VerificationMoves verifications,
            ModerationLog log,
            Clock clock) {
        this.submissions = submissions;
        this.publisher = publisher;
        this.verifications = verifications;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    public void claim(long submissionId, long seenVersion, ModeratorPrincipal moderator) {
        Submission submission = load(submissionId, seenVersion);
        boolean takeOver = submission.claim(moderator.getAccountId(), clock.instant());
        submissions.save(submission);
        log.record(
                moderator.asLogActor(),
                takeOver ? ModerationAction.SUBMISSION_TAKEN_OVER : ModerationAction.SUBMISSION_CLAIMED,
                Target.submission(submissionId));
    }

    /** Saves a moderator's edit of the proposal as a new revision. */
    @Transactional
    public void edit(long submissionId, long seenVersion, ProfileContent content, ModeratorPrincipal moderator) {
        Submission submission = load(submissionId, seenVersion);
        submissions.saveEdit(submission, content, moderator.getAccountId(), clock.instant());
        log.record(moderator.asLogActor(), ModerationAction.SUBMISSION_EDITED, Target.submission(submissionId));
    }

    /**
     * Publishes the proposal: a new profile, or the change applied to the live one. The submission is
     * updated first, so of two moderators approving at once the second waits, then fails, and nothing
     * of theirs is written.
     */
    @Transactional
    public Organisation approve(
            long submissionId, long seenVersion, VerificationChoice verification, ModeratorPrincipal moderator) {
        Submission submission = load(submissionId, seenVersion);
        Instant now = clock.instant();
        submission.approve(moderator.getAccountId(), now);
        submissions.save(submission);

        ProfileContent content = submission.getProposal();
        Organisation organisation = submission.getKind() == SubmissionKind.NEW_ORGANISATION
                ? publisher.publishNew(content, moderator.getAccountId(), submissionId, now)
                : publisher.applyChange(
                        Objects.requireNonNull(submission.getOrganisation(), "a change is for a published profile"),
                        content,
                        moderator.getAccountId(),
                        submissionId,
                        now);
        submissions
                .logoOf(submission)
                .ifPresent(logo -> publisher.setLogo(organisation, logo.getMediaType(), logo.getContent()));
        Target target = Target.submission(submissionId).withOrganisation(organisation.getId());
        log.record(moderator.asLogActor(), ModerationAction.SUBMISSION_APPROVED, target);
        @Nullable VerificationMove move = verification.moveFrom(organisation.getVerificationLevel());
        if (move != null) {
            verifications.make(organisation, move, moderator, target);
        }
        return organisation;
    }

    @Transactional
    public void reject(
            long submissionId,
            long seenVersion,
            DecisionReason reason,
            @Nullable String message,
            ModeratorPrincipal moderator) {
        Submission submission = load(submissionId, seenVersion);
        submission.reject(moderator.getAccountId(), reason, message, clock.instant());
        submissions.save(submission);
        log.record(
                moderator.asLogActor(),
                ModerationAction.SUBMISSION_REJECTED,
                Target.submission(submissionId)
                        .because(withinLogLimit(reason + (message == null ? "" : ": " + message))));
    }

    @Transactional
    public void requestChanges(long submissionId, long seenVersion, String message, ModeratorPrincipal moderator) {
        Submission submission = load(submissionId, seenVersion);
        submission.requestChanges(moderator.getAccountId(), message, clock.instant());
        submissions.save(submission);
        log.record(
                moderator.asLogActor(),
                ModerationAction.CHANGES_REQUESTED,
                Target.submission(submissionId).because(message));
    }

    /** Hidden from the queue; the submitter is told nothing. */
    @Transactional
    public void markAsSpam(long submissionId, long seenVersion, ModeratorPrincipal moderator) {
        Submission submission = load(submissionId, seenVersion);
        submission.markAsSpam(moderator.getAccountId(), clock.instant());
        submissions.save(submission);
        log.record(moderator.asLogActor(), ModerationAction.MARKED_SPAM, Target.submission(submissionId));
    }

    /** The log keeps at most 4,000 characters of reason; the full message stays on the submission. */
    private static String withinLogLimit(String reason) {
        return reason.length() <= 4000 ? reason : reason.substring(0, 3999) + "…";
    }

    private Submission load(long submissionId, long seenVersion) {
        Submission submission =
                submissions.find(submissionId).orElseThrow(() -> new SubmissionNotFoundException(submissionId));
        if (submission.getVersion() != seenVersion) {
            throw new ConflictException(submissionId);
        }
        return submission;
    }
}
