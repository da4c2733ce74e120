package org.peacedirectory.claim;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.peacedirectory.FictionalOrganisations;
import org.peacedirectory.FormSession;
import org.peacedirectory.submission.FormStamp;
import org.springframework.context.ApplicationContext;

/** Organisations to claim, claim forms filled in as a person would, and the links mails carry. */
final class ClaimTestSupport {

    /** The public address mails link to (directory.base-url in these tests). */
    static final String SITE = "https://directory.example";

    private ClaimTestSupport() {}

    /** A published organisation of its own (so that claiming it changes no other test's data). */
    static String organisation(ApplicationContext app, String name, String website) {
        return FictionalOrganisations.publish(
                app, "claim-test-", name, website, "A fictional organisation to claim in tests.");
    }

    /** The claim form of that profile as the page shows it, filled in, shown a minute ago. */
    static Map<String, List<String>> filledClaim(
            FormSession browser, FormStamp stamps, String slug, String name, String email) {
        Map<String, List<String>> form =
                new HashMap<>(FormSession.fieldsOf(browser.page("/organisations/" + slug + "/claim")));
        form.put("name", List.of(name));
        form.put("role", List.of("Coordinator"));
        form.put("email", List.of(email));
        form.put("stamp", List.of(stamps.issuedAt(Instant.now().minusSeconds(60))));
        return form;
    }

    /** The path (on this site) of the first link in the mail that starts with that path. */
    static String linkIn(MimeMessage mail, String path) throws Exception {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile(Pattern.quote(SITE + path) + "\\?token=([A-Za-z0-9_-]+)")
                .matcher(body);
        if (!link.find()) {
            throw new AssertionError("No link to " + path + " in: " + body);
        }
        return path + "?token=" + link.group(1);
    }

    /** Posts the page's only form (the token and CSRF fields it carries) as a browser would. */
    static HttpResponse<String> submitPageForm(FormSession browser, String path, String action) {
        Document page = browser.page(path);
        Map<String, String> fields = new HashMap<>();
        page.select("main form input[type=hidden]")
                .forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        return browser.postUrlEncoded(action, fields);
    }

    /** A moderator's POST of one of the claims page's buttons. */
    static HttpResponse<String> moderatorPost(FormSession moderator, String action) {
        Document page = moderator.page("/moderation/claims");
        String csrf = page.selectFirst("input[name=_csrf]").attr("value");
        return moderator.postUrlEncoded(action, Map.of("_csrf", csrf));
    }
}
