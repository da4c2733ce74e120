package org.peacedirectory.claim;

import java.util.Locale;
import java.util.Optional;
import org.peacedirectory.account.OrganisationPrincipal;
import org.peacedirectory.account.OrganisationUsers;
import org.peacedirectory.system.SentMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation users are the claimants whose claim a moderator accepted: each signs in as their latest
 * accepted claim, until it is revoked. A sign-in link is mailed at once, not through the event registry like
 * the other mails: it is valid for minutes, so a link that left later would be of no use; when the mail
 * server refuses it, the sign-in page says so and the person asks again.
 */
@Component
class ClaimantUsers implements OrganisationUsers {

    private final ProfileClaims claims;
    private final ObjectProvider<SentMail> mailConfigured;
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;

    ClaimantUsers(
            ProfileClaims claims,
            ObjectProvider<SentMail> mailConfigured,
            ObjectProvider<JavaMailSender> sender,
            MessageSource messages,
            @Value("${directory.mail.from}") String from) {
        this.claims = claims;
        this.mailConfigured = mailConfigured;
        this.sender = sender;
        this.messages = messages;
        this.from = from;
    }

    /** Mail is configured (the durable mail sender exists only then): claims and sign-in links can be sent. */
    boolean mailConfigured() {
        return mailConfigured.getIfAvailable() != null;
    }

    @Override
    public boolean canSendSignInLinks() {
        return mailConfigured();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationPrincipal> byEmail(String email) {
        return claims.findAcceptedByEmail(email)
                .map(claim -> new OrganisationPrincipal(
                        claim.getId(),
                        claim.getOrganisation().getId(),
                        claim.getOrganisation().getSlug(),
                        claim.getEmail(),
                        claim.getClaimantName()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean stillAccepted(long claimId) {
        return claims.existsByIdAndStatus(claimId, ClaimStatus.ACCEPTED);
    }

    @Override
    public void sendSignInLink(OrganisationPrincipal user, String link, Locale language) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.getEmail());
        message.setSubject(messages.getMessage("signIn.mail.subject", null, language));
        message.setText(messages.getMessage("signIn.mail.body", new Object[] {user.getDisplayName(), link}, language));
        mail.send(message);
    }
}
