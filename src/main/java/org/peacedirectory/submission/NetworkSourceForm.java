package org.peacedirectory.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One row of the networks' sources (fields {@code sources.networks[i].*}): a network the form lists, and its source. */
public record NetworkSourceForm(
        @Size(max = 200) @Nullable String network, @Valid SourceForm source) {

    public NetworkSourceForm {
        source = source == null ? SourceForm.EMPTY : source;
    }

    static NetworkSourceForm empty() {
        return new NetworkSourceForm(null, SourceForm.EMPTY);
    }

    /** A row that gives no source is ignored, whatever network it names. */
    boolean isEmpty() {
        return source.isEmpty();
    }
}
