package org.peacedirectory.organisation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The main public facts of a published organisation (and its number, which stays when its address
 * changes), for exports: nothing that only moderators see, and
 * no contact (those are shown on the profile only, when the organisation agreed). Countries by ISO code
 * and themes by slug, as the directory's addresses name them; the summary in the reader's language when it
 * exists, otherwise in the organisation's own; when it was first published and when it last changed.
 */
public record ListedOrganisation(
        long id,
        String slug,
        String name,
        @Nullable String acronym,
        String countryCode,
        List<String> worksIn,
        List<String> themes,
        @Nullable Integer foundingYear,
        @Nullable String website,
        VerificationLevel verification,
        @Nullable Instant verifiedAt,
        @Nullable LocalizedText summary,
        Instant publishedAt,
        Instant updatedAt) {}
