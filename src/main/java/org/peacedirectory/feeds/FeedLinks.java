package org.peacedirectory.feeds;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.taxonomy.Country;
import org.peacedirectory.taxonomy.Theme;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The feeds a page offers, for its head ({@code <link rel="alternate" type="application/atom+xml">}, which
 * feed readers and browsers find): the whole directory's on the home page and the lists, a country's and a
 * theme's on theirs. The layout renders the model attribute {@link #MODEL_ATTRIBUTE}.
 */
@Component
public class FeedLinks {

    /** The model attribute the layout reads. */
    public static final String MODEL_ATTRIBUTE = "feeds";

    /** A feed as a page's head links to it. */
    public record FeedLink(String title, String href) {}

    private final MessageSource messages;

    FeedLinks(MessageSource messages) {
        this.messages = messages;
    }

    public List<FeedLink> directory(Locale locale) {
        return links(null, null, locale);
    }

    public List<FeedLink> country(Country country, Locale locale) {
        return links(country, null, locale);
    }

    public List<FeedLink> theme(Theme theme, Locale locale) {
        return links(null, theme, locale);
    }

    private List<FeedLink> links(@Nullable Country country, @Nullable Theme theme, Locale locale) {
        return List.of(Feed.Order.values()).stream()
                .map(order -> new Feed(order, country, theme))
                .map(feed -> new FeedLink(feed.title(messages, locale), feed.path()))
                .toList();
    }
}
