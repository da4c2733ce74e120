package org.peacedirectory.organisation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One published state of a profile as a list of revisions shows it: its number, when, who approved it, from
 * which submission; not what it said (its snapshot, the whole profile, is read only where it is used).
 */
public record RevisionSummary(
        int number,
        Instant createdAt,
        @Nullable Long approvedBy,
        @Nullable Long submissionId) {}
