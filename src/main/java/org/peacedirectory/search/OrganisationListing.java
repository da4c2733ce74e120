package org.peacedirectory.search;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The list page's search for other modules (the open data API), without what is kept out of the open data: the same words, filters and sort, one
 * page of matching ids of any size up to {@link #MAX_PAGE_SIZE}, and how many match in all.
 */
@Component
public class OrganisationListing {

    /** The most organisations one page may hold. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The most rows a CSV export of a list has (its first): also the most hits a search cluster gives at once. */
    public static final int MAX_EXPORT_ROWS = 10_000;

    /** One page of matching organisations' ids, in order, and the number matching in all. */
    public record Listing(List<Long> ids, long total) {}

    private final OrganisationSearch search;

    OrganisationListing(OrganisationSearch search) {
        this.search = search;
    }

    /**
     * The page (from 1) of the given size (1 to {@link #MAX_PAGE_SIZE}) of what the parameters ask for,
     * without the organisations whose safety settings keep them out of the open data.
     */
    public Listing page(ListParameters parameters, int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " of " + size);
        }
        OrganisationSearch.Matches found = search.inOpenData(parameters.toQuery(page), (page - 1L) * size, size);
        return new Listing(found.ids(), found.total());
    }
}
