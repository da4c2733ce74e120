package org.peacedirectory.submission;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.peacedirectory.organisation.ProfileContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * What the moderation module may do with submissions, and all it needs: read one with its revisions,
 * its logo and the published profiles it may duplicate; save a decision taken on it; keep a
 * moderator's edit as a new revision; show the proposal in the public form to edit it. The
 * repositories and the form's helpers behind it stay inside this module.
 */
@Service
public class SubmissionReview {

    private final Submissions submissions;
    private final SubmissionRevisions revisions;
    private final LogoUploads logoUploads;
    private final PossibleDuplicates duplicates;
    private final SubmissionFormPage formPage;
    private final SubmissionFormValidator validator;

    SubmissionReview(
            Submissions submissions,
            SubmissionRevisions revisions,
            LogoUploads logoUploads,
            PossibleDuplicates duplicates,
            SubmissionFormPage formPage,
            SubmissionFormValidator validator) {
        this.submissions = submissions;
        this.revisions = revisions;
        this.logoUploads = logoUploads;
        this.duplicates = duplicates;
        this.formPage = formPage;
        this.validator = validator;
    }

    public Optional<Submission> find(long submissionId) {
        return submissions.findById(submissionId);
    }

    /** The submissions of those ids that exist, in no particular order: to name them in a list. */
    public List<Submission> findAll(Collection<Long> submissionIds) {
        return submissions.findAllById(submissionIds);
    }

    /**
     * Writes a transition just taken on the submission at once (flushed), so that of two moderators
     * deciding at once the second fails here, before anything else of their decision is written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Submission submission) {
        submissions.saveAndFlush(submission);
    }

    /** A moderator's edit: the proposal changes and the edit is kept as a new revision. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveEdit(Submission submission, ProfileContent content, long moderatorId, Instant at) {
        submission.revise(content, at);
        submissions.saveAndFlush(submission);
        revisions.save(new SubmissionRevision(submission, moderatorId, at));
    }

    public List<SubmissionRevision> revisionsOf(long submissionId) {
        return revisions.findBySubmissionIdOrderByNumber(submissionId);
    }

    /** The logo sent with the proposal, if any and not yet cleaned up. */
    public Optional<LogoUpload> logoOf(Submission submission) {
        String token = submission.getLogoToken();
        return token == null ? Optional.empty() : logoUploads.findById(token);
    }

    /** Published organisations in the same country with a similar name or the same acronym. */
    public List<PossibleDuplicates.Match> possibleDuplicatesOf(ProfileContent proposal) {
        return duplicates.of(proposal.name(), proposal.acronym(), proposal.countryCode());
    }

    /** The public form filled with the submission's proposal and its submitter, for a moderator to edit. */
    public SubmissionForm formFor(Submission submission) {
        return SubmissionForm.of(submission, null, formPage.newFormToken());
    }

    /** The same checks as for the public, so that a moderator's edit is as complete as a proposal. */
    public void validate(SubmissionForm form, Errors errors) {
        validator.validate(form, errors);
    }

    /** The form page (its view name), showing the form with no error messages. */
    public String showForm(Model model, SubmissionForm form) {
        return formPage.show(model, form, null);
    }

    /** The form page (its view name), showing the form as sent, with its errors. */
    public String showFormWithErrors(Model model, SubmissionForm form) {
        return formPage.showWithErrors(model, form, null);
    }
}
