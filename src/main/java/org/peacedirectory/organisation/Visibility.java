package org.peacedirectory.organisation;

/** Who may see a contact field or the logo of a profile. */
public enum Visibility {
    /** Everyone: pages, JSON-LD, the open data. */
    PUBLIC,
    /** Moderators only: never on a public page, in the open data, a feed or the search index. */
    MODERATORS_ONLY;

    /** The more restrictive of the two. */
    Visibility hiddenEither(Visibility other) {
        return this == MODERATORS_ONLY || other == MODERATORS_ONLY ? MODERATORS_ONLY : PUBLIC;
    }
}
