package org.peacedirectory.sitemap;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** Tells search engines what to index: every published profile, country and theme page, and nothing private. */
@Controller
class SitemapController {

    private final JdbcClient jdbc;

    SitemapController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/sitemap.xml")
    @Transactional(readOnly = true)
    ResponseEntity<String> sitemap() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, base + "/", null);
        url(xml, base + "/organisations", null);
        url(xml, base + "/countries", null);
        url(xml, base + "/themes", null);
        jdbc.sql("select slug, updated_at from organisation where publication_status = 'PUBLISHED' order by slug")
                .query((row, number) -> url(xml, base + "/organisations/" + row.getString("slug"),
                        DateTimeFormatter.ISO_LOCAL_DATE.format(
                                row.getTimestamp("updated_at").toInstant().atZone(ZoneOffset.UTC))))
                .list();
        jdbc.sql("""
                select distinct lower(c) as code from organisation o, unnest(o.country_codes) c
                where o.publication_status = 'PUBLISHED' order by code""")
                .query((row, number) -> url(xml, base + "/countries/" + row.getString("code"), null)).list();
        jdbc.sql("select slug from theme order by position")
                .query((row, number) -> url(xml, base + "/themes/" + row.getString("slug"), null)).list();
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("""
                User-agent: *
                Disallow: /moderation
                Disallow: /submissions
                Disallow: /submit
                Disallow: /login
                Sitemap: %s/sitemap.xml
                """.formatted(base));
    }

    private static StringBuilder url(StringBuilder xml, String location, String lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        return xml.append("</url>\n");
    }
}
