package org.peacedirectory.submission;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What a submitter sees after sending: the thank-you page, the tracking page, the privacy notice. */
@Controller
class TrackingController {

    private final Submissions submissions;
    private final LogoUploads logoUploads;

    TrackingController(Submissions submissions, LogoUploads logoUploads) {
        this.submissions = submissions;
        this.logoUploads = logoUploads;
    }

    @GetMapping("/submissions/{token}/thanks")
    @Transactional(readOnly = true)
    String thanks(@PathVariable String token, Model model) {
        Submission submission = find(token);
        model.addAttribute("reference", submission.getReference());
        model.addAttribute("trackingUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/submissions/{token}").buildAndExpand(token).toUriString());
        return "submissions/thanks";
    }

    @GetMapping("/submissions/{token}")
    @Transactional(readOnly = true)
    String track(@PathVariable String token, Locale locale, Model model) {
        Submission submission = find(token);
        model.addAttribute("reference", submission.getReference());
        model.addAttribute("status", submission.getStatus());
        model.addAttribute("kind", submission.getKind());
        model.addAttribute("organisationSlug",
                submission.getOrganisation() == null ? null : submission.getOrganisation().getSlug());
        model.addAttribute("submittedOn", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(submission.getCreatedAt().atZone(ZoneOffset.UTC)));
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
