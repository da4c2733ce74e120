package org.peacedirectory.organisation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a network's page shows: its name and acronym in the reader's language when it has official ones
 * there (else in its own language, which {@code name.language()} gives for the {@code lang} attribute), its
 * description, website and own profile, and a page of its published members.
 */
public record NetworkPage(
        String slug,
        LocalizedText name,
        @Nullable String acronym,
        @Nullable LocalizedText description,
        @Nullable String website,
        @Nullable String profileSlug,
        long members,
        List<OrganisationSummary> organisations,
        int page,
        int pages) {}
