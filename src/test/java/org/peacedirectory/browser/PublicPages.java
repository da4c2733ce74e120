package org.peacedirectory.browser;

import java.util.List;

/** The public pages every browser check covers, each in both languages. */
final class PublicPages {

    record Page(String name, String path) {}

    static final List<Page> ALL = List.of(
            new Page("home", "/"),
            new Page("list", "/organisations"),
            new Page("profile", "/organisations/conascipal"),
            new Page("profile-fallback", "/organisations/fondation-fromager-reconciliation"),
            new Page("country", "/countries/ml"),
            new Page("theme", "/themes/small-arms-control"),
            new Page("search", "/organisations?q=paix&theme=peace-education"),
            new Page("no-results", "/organisations?q=zzzzzz"),
            new Page("countries", "/countries"),
            new Page("themes", "/themes"),
            new Page("network", "/networks/iansa"),
            new Page("network-with-profile", "/networks/dnpe"),
            new Page("submit", "/submit"),
            new Page("suggest-edit", "/organisations/conascipal/suggest-edit"),
            new Page("report", "/organisations/conascipal/report"),
            new Page("report-thanks", "/organisations/conascipal/report/thanks"),
            new Page("privacy", "/privacy"),
            new Page("open-data", "/open-data"),
            new Page("verification", "/verification"),
            new Page("profile-verified-old", "/organisations/small-arms-research-desk-dakar"),
            new Page("claim", "/organisations/fondation-fromager-reconciliation/claim"),
            new Page("claim-no-website", "/organisations/conascipal/claim"),
            new Page("claim-sent", "/claims/sent"),
            new Page("claim-confirm", "/claims/confirm?token=abc"),
            new Page("sign-in", "/my-organisation/sign-in"),
            new Page("sign-in-sent", "/my-organisation/sign-in/sent"),
            new Page("not-found", "/organisations/no-such-organisation"),
            new Page("network-not-found", "/networks/no-such-network"));

    static final List<String> LANGUAGES = List.of("en", "fr");

    private PublicPages() {}
}
