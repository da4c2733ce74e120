package org.peacedirectory.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.system.RandomTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what the public submits, once per rendered form, never as a published profile. The submission's
 * events (received, resubmitted) are its own, published as it is saved here.
 */
@Service
class SubmissionService {

    private static final int TOKEN_BYTES = 32;

    private final Submissions submissions;
    private final SubmissionRevisions revisions;
    private final Clock clock;

    SubmissionService(Submissions submissions, SubmissionRevisions revisions, Clock clock) {
        this.submissions = submissions;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** The submission already made from this form, if any: a double click or a resent POST. */
    @Transactional(readOnly = true)
    public Optional<String> trackingTokenOfForm(String formToken) {
        return submissions.findByFormToken(formToken).map(Submission::getTrackingToken);
    }

    /**
     * Stores a valid form as a pending submission and returns its tracking token. Two requests with the
     * same form token race on a unique constraint: the loser's insert fails and it finds the winner's.
     */
    @Transactional
    public String submit(
            SubmissionForm form,
            @Nullable Organisation changeOf,
            boolean fromOrganisation,
            String ipHash,
            Locale language) {
        Instant now = clock.instant();
        String trackingToken = RandomTokens.of(TOKEN_BYTES);
        Submitter submitter = form.submitter().toSubmitter(language.getLanguage(), now, changeOf != null, ipHash);
        Submission submission = submissions.save(new Submission(
                changeOf,
                nextReference(),
                trackingToken,
                form.formToken(),
                form.toProposal(),
                form.logoToken(),
                submitter,
                fromOrganisation,
                now));
        revisions.save(new SubmissionRevision(submission, null, now));
        return trackingToken;
    }

    /** The submission behind a tracking link if the moderators asked for changes, else empty; unknown: 404. */
    @Transactional(readOnly = true)
    public Optional<Submission> awaitingChanges(String trackingToken) {
        Submission submission = submissions
                .findByTrackingToken(trackingToken)
                .orElseThrow(() -> new SubmissionNotFoundException(trackingToken));
        return submission.getStatus() == SubmissionStatus.CHANGES_REQUESTED
                ? Optional.of(submission)
                : Optional.empty();
    }

    /** The submission behind a tracking link, if the moderators asked for changes; otherwise 404. */
    @Transactional(readOnly = true)
    public Submission changesRequested(String trackingToken) {
        return submissions
                .findByTrackingToken(trackingToken)
                .filter(submission -> submission.getStatus() == SubmissionStatus.CHANGES_REQUESTED)
                .orElseThrow(() -> new SubmissionNotFoundException(trackingToken));
    }

    /** The corrected proposal goes back to the queue, as a new revision; the log says so. */
    @Transactional
    public void resubmit(String trackingToken, SubmissionForm form) {
        Submission submission = changesRequested(trackingToken);
        Instant now = clock.instant();
        submission.resubmit(form.toProposal(), now);
        if (form.logoToken() != null) {
            submission.replaceLogo(form.logoToken());
        }
        submissions.saveAndFlush(submission); // publishes SubmissionResubmitted: the log line joins this transaction
        revisions.save(new SubmissionRevision(submission, null, now));
    }

    private String nextReference() {
        return String.format("PD-%d-%06d", Year.now(clock).getValue(), submissions.nextReferenceNumber());
    }
}
