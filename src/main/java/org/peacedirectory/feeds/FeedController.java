package org.peacedirectory.feeds;

import java.net.URI;
import java.util.Locale;
import org.peacedirectory.system.SiteUrl;
import org.peacedirectory.taxonomy.CountryNotFoundException;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.peacedirectory.taxonomy.ThemeNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Atom feeds: {@code /feeds/new.atom} and {@code /feeds/updated.atom} for the whole directory, the
 * same under {@code /feeds/countries/{code}/} and {@code /feeds/themes/{slug}/}. Each is the same for every
 * reader of a language, so the page cache keeps it until the next publish (pages.SharedPages).
 */
@Controller
class FeedController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final FeedEntries entries;
    private final TaxonomyLists taxonomy;
    private final MessageSource messages;
    private final SiteUrl siteUrl;

    FeedController(FeedEntries entries, TaxonomyLists taxonomy, MessageSource messages, SiteUrl siteUrl) {
        this.entries = entries;
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.siteUrl = siteUrl;
    }

    @GetMapping("/feeds/{order:new|updated}.atom")
    ResponseEntity<String> directory(@PathVariable String order, Locale locale) {
        return atom(new Feed(Feed.Order.named(order), null, null), locale);
    }

    @GetMapping("/feeds/countries/{code}/{order:new|updated}.atom")
    ResponseEntity<String> country(@PathVariable String code, @PathVariable String order, Locale locale) {
        return atom(
                new Feed(
                        Feed.Order.named(order),
                        taxonomy.country(code.toUpperCase(Locale.ROOT))
                                .filter(country -> country.getPathCode().equals(code))
                                .orElseThrow(() -> new CountryNotFoundException(code)),
                        null),
                locale);
    }

    @GetMapping("/feeds/themes/{slug}/{order:new|updated}.atom")
    ResponseEntity<String> theme(@PathVariable String slug, @PathVariable String order, Locale locale) {
        return atom(
                new Feed(
                        Feed.Order.named(order),
                        null,
                        taxonomy.theme(slug).orElseThrow(() -> new ThemeNotFoundException(slug))),
                locale);
    }

    private ResponseEntity<String> atom(Feed feed, Locale locale) {
        AtomDocument.Head head = new AtomDocument.Head(
                feed.title(messages, locale),
                siteUrl.of(feed.path()),
                siteUrl.of(feed.pagePath()),
                messages.getMessage("site.name", null, locale),
                siteUrl.base() + "/",
                locale);
        String document = AtomDocument.write(
                head,
                entries.of(feed, locale).stream()
                        .map(organisation -> new AtomDocument.Entry(
                                organisation, siteUrl.of("/organisations/{slug}", organisation.slug())))
                        .toList(),
                URI.create(siteUrl.base()).getHost());
        return ResponseEntity.ok().contentType(ATOM).body(document);
    }
}
