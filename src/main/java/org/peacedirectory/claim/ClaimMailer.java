package org.peacedirectory.claim;

import java.util.Locale;
import org.peacedirectory.system.SentMail;
import org.peacedirectory.system.SiteUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the claimant the link that confirms their claim, in their language, once the claim is committed.
 * Durable like the submission mails ({@code submission.SubmissionMailer}): the event is recorded with the
 * claim, and {@link SentMail} sends each mail once. Exists only with a mail server; without one the claim
 * form is not offered at all.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class ClaimMailer {

    private final ProfileClaims claims;
    private final ClaimTokens tokens;
    private final SentMail mail;
    private final MessageSource messages;
    private final SiteUrl siteUrl;
    private final String from;

    ClaimMailer(
            ProfileClaims claims,
            ClaimTokens tokens,
            SentMail mail,
            MessageSource messages,
            SiteUrl siteUrl,
            @Value("${directory.mail.from}") String from) {
        this.claims = claims;
        this.tokens = tokens;
        this.mail = mail;
        this.messages = messages;
        this.siteUrl = siteUrl;
        this.from = from;
    }

    @ApplicationModuleListener
    void askForConfirmation(ClaimMade made) {
        ProfileClaim claim = claims.findById(made.claimId()).orElseThrow();
        Locale language = Locale.forLanguageTag(claim.getLanguage());
        String organisation = claim.getOrganisation().getName();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(claim.getEmail());
        message.setSubject(messages.getMessage("claim.mail.subject", new Object[] {organisation}, language));
        message.setText(messages.getMessage(
                "claim.mail.body",
                new Object[] {
                    claim.getClaimantName(),
                    organisation,
                    siteUrl.of(ClaimController.CONFIRM_PAGE) + "?token=" + tokens.tokenOf(claim.getConfirmationSalt())
                },
                language));
        mail.sendOnce("claim-confirmation:" + claim.getId(), message);
    }
}
