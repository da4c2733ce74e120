package org.peacedirectory.sitemap;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.system.SiteUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * Tells search engines what to index: every published profile, country, theme and network page, and nothing
 * private. A sitemap file may hold at most 50,000 addresses, so past that {@code /sitemap.xml} becomes
 * an index of files: one for the pages, then the profiles in slices.
 */
@Controller
class SitemapController {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final JdbcClient jdbc;
    private final int urlsPerFile;
    private final SiteUrl siteUrl;

    SitemapController(JdbcClient jdbc, @Value("${directory.sitemap.urls-per-file}") int urlsPerFile, SiteUrl siteUrl) {
        this.jdbc = jdbc;
        this.urlsPerFile = urlsPerFile;
        this.siteUrl = siteUrl;
    }

    /** The profiles listed: published, and not kept out of search engines by their safety settings. */
    private static final String LISTED = "publication_status = 'PUBLISHED' and not kept_from_search_engines";

    @GetMapping("/sitemap.xml")
    @Transactional(readOnly = true)
    ResponseEntity<String> sitemap() {
        String base = base();
        long profiles = jdbc.sql("select count(*) from organisation where " + LISTED)
                .query(Long.class)
                .single();
        StringBuilder pages = pages(base);
        if (profiles + count(pages) <= urlsPerFile) {
            return xml(urlset(pages.append(profiles(base, 0, urlsPerFile))));
        }
        StringBuilder index = new StringBuilder(HEADER).append("<sitemapindex xmlns=\"" + NAMESPACE + "\">\n");
        index.append("  <sitemap><loc>").append(base).append("/sitemap-pages.xml</loc></sitemap>\n");
        for (long slice = 1; (slice - 1) * urlsPerFile < profiles; slice++) {
            index.append("  <sitemap><loc>")
                    .append(base)
                    .append("/sitemap-profiles-")
                    .append(slice)
                    .append(".xml</loc></sitemap>\n");
        }
        return xml(index.append("</sitemapindex>\n").toString());
    }

    @GetMapping("/sitemap-pages.xml")
    @Transactional(readOnly = true)
    ResponseEntity<String> pagesFile() {
        return xml(urlset(pages(base())));
    }

    @GetMapping("/sitemap-profiles-{slice}.xml")
    @Transactional(readOnly = true)
    ResponseEntity<String> profilesFile(@PathVariable int slice) {
        StringBuilder urls =
                slice < 1 ? new StringBuilder() : profiles(base(), (long) (slice - 1) * urlsPerFile, urlsPerFile);
        return urls.isEmpty() ? ResponseEntity.notFound().build() : xml(urlset(urls));
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("""
                User-agent: *
                Disallow: /moderation
                Disallow: /submissions
                Disallow: /submit
                Disallow: /login
                Sitemap: %s/sitemap.xml
                """.formatted(base()));
    }

    /** Home, list, indexes, countries with organisations, themes and networks with published members. */
    private StringBuilder pages(String base) {
        StringBuilder urls = new StringBuilder();
        url(urls, base + "/", null);
        url(urls, base + "/organisations", null);
        url(urls, base + "/countries", null);
        url(urls, base + "/themes", null);
        url(urls, base + "/open-data", null);
        url(urls, base + "/verification", null);
        jdbc.sql("""
                select distinct lower(c) as code from organisation o, unnest(o.country_codes) c
                where o.publication_status = 'PUBLISHED' order by code""")
                .query((row, number) -> url(urls, base + "/countries/" + row.getString("code"), null))
                .list();
        jdbc.sql("select slug from theme order by position")
                .query((row, number) -> url(urls, base + "/themes/" + row.getString("slug"), null))
                .list();
        // Networks with published members (the others have no page).
        jdbc.sql("""
                select n.slug from network n where exists (select 1 from organisation_network m
                    join organisation o on o.id = m.organisation_id
                    where m.network_id = n.id and o.publication_status = 'PUBLISHED')
                order by n.slug""")
                .query((row, number) -> url(urls, base + "/networks/" + row.getString("slug"), null))
                .list();
        return urls;
    }

    private StringBuilder profiles(String base, long offset, int limit) {
        StringBuilder urls = new StringBuilder();
        jdbc.sql("select slug, updated_at from organisation where " + LISTED
                        + " order by slug offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query((row, number) -> url(
                        urls,
                        base + "/organisations/" + row.getString("slug"),
                        DateTimeFormatter.ISO_LOCAL_DATE.format(
                                row.getTimestamp("updated_at").toInstant().atZone(ZoneOffset.UTC))))
                .list();
        return urls;
    }

    private static String urlset(StringBuilder urls) {
        return HEADER + "<urlset xmlns=\"" + NAMESPACE + "\">\n" + urls + "</urlset>\n";
    }

    private static StringBuilder url(StringBuilder xml, String location, @Nullable String lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        return xml.append("</url>\n");
    }

    private static long count(StringBuilder urls) {
        return urls.chars().filter(character -> character == '\n').count();
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(body);
    }

    private String base() {
        return siteUrl.base();
    }
}
