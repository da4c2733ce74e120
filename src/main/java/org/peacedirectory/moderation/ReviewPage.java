package org.peacedirectory.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.Account;
import org.peacedirectory.account.Accounts;
import org.peacedirectory.moderationlog.ModerationLogEntries;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.OrganisationDirectory;
import org.peacedirectory.organisation.OrganisationRevision;
import org.peacedirectory.organisation.OrganisationRevisions;
import org.peacedirectory.organisation.ProfileContent;
import org.peacedirectory.submission.DecisionReason;
import org.peacedirectory.submission.Submission;
import org.peacedirectory.submission.SubmissionKind;
import org.peacedirectory.submission.SubmissionReview;
import org.peacedirectory.submission.SubmissionStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What the review page of one submission shows, read in one transaction: the proposal and, for a change,
 * what it changes; the submission's history; the decision forms, blank or as a moderator sent them back with
 * their errors (then already in the model).
 */
@Component
class ReviewPage {

    /** The longest message to the submitter (the column's limit). */
    static final int MAX_MESSAGE = 4000;

    static final String CHANGES_FORM = "changesRequest";
    static final String REJECTION_FORM = "rejection";

    private final SubmissionReview submissions;
    private final ModerationLogEntries logEntries;
    private final OrganisationDirectory directory;
    private final Accounts accounts;
    private final OrganisationRevisions revisions;
    private final DiffNames names;

    ReviewPage(
            SubmissionReview submissions,
            ModerationLogEntries logEntries,
            OrganisationDirectory directory,
            Accounts accounts,
            OrganisationRevisions revisions,
            DiffNames names) {
        this.submissions = submissions;
        this.logEntries = logEntries;
        this.directory = directory;
        this.accounts = accounts;
        this.revisions = revisions;
        this.names = names;
    }

    /** Fills the model for the submission's review page, in the request's language, and names its template. */
    @Transactional(readOnly = true)
    public String show(long id, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Submission submission = submissions.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
        ProfileContent proposal = submission.getProposal();
        model.addAttribute("submission", submission);
        model.addAttribute("claimedByName", nameOf(submission.getClaimedById()));
        model.addAttribute("decidedByName", nameOf(submission.getDecision().moderatorId()));
        model.addAttribute("preview", directory.preview(proposal, locale));
        if (submission.getKind() == SubmissionKind.CHANGE) {
            Organisation live =
                    Objects.requireNonNull(submission.getOrganisation(), "a change is for a published profile");
            model.addAttribute("liveSlug", live.getSlug());
            model.addAttribute("liveName", live.getName());
            model.addAttribute(
                    "changes",
                    ProfileDiff.between(
                            baseOf(submission, live),
                            proposal,
                            names.in(locale),
                            live.getSafety().hiddenFromPublic()));
        } else {
            model.addAttribute("possibleDuplicates", submissions.possibleDuplicatesOf(proposal));
        }
        model.addAttribute("history", logEntries.findBySubmissionIdOrderByAtAscIdAsc(id));
        model.addAttribute("revisions", submissions.revisionsOf(id));
        model.addAttribute("reasons", List.of(DecisionReason.values()));
        model.addAttribute("verificationChoices", List.of(VerificationChoice.values()));
        model.addAttribute("maxMessage", MAX_MESSAGE);
        // Two forms on the page have a "message": each field has an id of its own.
        model.addAttribute("changesFieldIds", new FieldIds("changes-"));
        model.addAttribute("rejectionFieldIds", new FieldIds("reject-"));
        if (!model.containsAttribute(CHANGES_FORM)) {
            model.addAttribute(CHANGES_FORM, new ReviewController.ChangesRequest(null));
        }
        if (!model.containsAttribute(REJECTION_FORM)) {
            model.addAttribute(REJECTION_FORM, new ReviewController.Rejection(null, null));
        }
        return "moderation/review";
    }

    /**
     * The profile a change is compared with: the live one while the change waits; once decided, the
     * profile as it was then, from its revisions (every published state is kept), so that the review
     * still shows what was proposed against what there was. An approved change's base is the revision
     * before the one it made; a rejected one's, the revision in force when it was rejected.
     */
    private ProfileContent baseOf(Submission submission, Organisation live) {
        SubmissionStatus status = submission.getStatus();
        Instant decidedAt = submission.getDecision().at();
        if (status == SubmissionStatus.PENDING || status == SubmissionStatus.CHANGES_REQUESTED || decidedAt == null) {
            return live.content();
        }
        // Only the one revision compared with is read, not the profile's every snapshot.
        Optional<OrganisationRevision> base = status == SubmissionStatus.APPROVED
                ? revisions.findBeforeTheOneMadeBy(live.getId(), submission.getId())
                : revisions
                        .findFirstByOrganisationIdAndCreatedAtLessThanEqualOrderByNumberDesc(live.getId(), decidedAt)
                        // Before its first change a profile's original is kept with its last update's time.
                        .or(() -> revisions.findFirstByOrganisationIdOrderByNumberAsc(live.getId()));
        return base.map(OrganisationRevision::getSnapshot).orElseGet(live::content);
    }

    private @Nullable String nameOf(@Nullable Long accountId) {
        return accountId == null
                ? null
                : accounts.findById(accountId).map(Account::getDisplayName).orElse(null);
    }
}
