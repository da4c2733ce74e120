package org.peacedirectory.submission;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.peacedirectory.system.SiteUrl;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What a submitter sees after sending: the thank-you page, the tracking page, the privacy notice. */
@Controller
class TrackingController {

    private final Submissions submissions;
    private final LogoUploads logoUploads;
    private final JdbcClient jdbc;
    private final SiteUrl siteUrl;

    TrackingController(Submissions submissions, LogoUploads logoUploads, JdbcClient jdbc, SiteUrl siteUrl) {
        this.submissions = submissions;
        this.logoUploads = logoUploads;
        this.jdbc = jdbc;
        this.siteUrl = siteUrl;
    }

    @GetMapping("/submissions/{token}/thanks")
    @Transactional(readOnly = true)
    String thanks(@PathVariable String token, Model model) {
        Submission submission = find(token);
        model.addAttribute("reference", submission.getReference());
        model.addAttribute("trackingUrl", siteUrl.of("/submissions/{token}", token));
        return "submissions/thanks";
    }

    @GetMapping("/submissions/{token}")
    @Transactional(readOnly = true)
    String track(@PathVariable String token, Locale locale, Model model) {
        Submission submission = find(token);
        model.addAttribute("reference", submission.getReference());
        model.addAttribute("status", submission.getStatus());
        model.addAttribute("kind", submission.getKind());
        model.addAttribute(
                "organisationSlug",
                submission.getOrganisation() == null
                        ? null
                        : submission.getOrganisation().getSlug());
        // The organisation it is about: a change names the profile as it is, a new one the name proposed.
        model.addAttribute(
                "organisationName",
                submission.getOrganisation() == null
                        ? submission.getProposal().name()
                        : submission.getOrganisation().getName());
        model.addAttribute(
                "submittedOn",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(submission.getCreatedAt().atZone(ZoneOffset.UTC)));
        model.addAttribute("token", token);
        // Spam is not announced: the submitter sees "not published", with no message.
        if (submission.getStatus() != SubmissionStatus.SPAM) {
            model.addAttribute("decisionReason", submission.getDecision().reason());
            model.addAttribute("decisionMessage", submission.getDecision().message());
        }
        if (submission.getStatus() == SubmissionStatus.APPROVED) {
            model.addAttribute(
                    "publishedSlug",
                    jdbc.sql("""
                    select o.slug from organisation_revision r join organisation o on o.id = r.organisation_id
                    where r.submission_id = ? and o.publication_status = 'PUBLISHED'
                    order by r.number desc limit 1""")
                            .param(submission.getId())
                            .query(String.class)
                            .optional()
                            .orElse(null));
        }
        return "submissions/tracking";
    }

    /** A honeypot catch looks like success to the robot; nothing was stored. */
    @GetMapping("/submissions/received")
    String received() {
        return "submissions/received";
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("version", PrivacyNotice.VERSION);
        return "submissions/privacy";
    }

    /** The logo kept with a form that came back with errors; the token is unguessable and short-lived. */
    @GetMapping("/submit/logo/{token}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> keptLogo(@PathVariable String token) {
        LogoUpload logo = logoUploads.findById(token).orElseThrow(() -> new SubmissionNotFoundException(token));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.getMediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(logo.getContent());
    }

    private Submission find(String token) {
        return submissions.findByTrackingToken(token).orElseThrow(() -> new SubmissionNotFoundException(token));
    }
}
