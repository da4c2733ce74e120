package org.peacedirectory.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.organisation.Fact;
import org.peacedirectory.organisation.ProfileContent;
import org.peacedirectory.organisation.Source;

/**
 * The sources part of the form (fields {@code sources.*}): where the founding year, the place, the website
 * and the contact details come from, and a row per network membership. An activity's source is in its own
 * row of the activities part. Everything is optional.
 */
public record SourceAnswers(
        @Valid SourceForm foundingYear,
        @Valid SourceForm place,
        @Valid SourceForm website,
        @Valid SourceForm contact,
        @Valid @Size(max = SubmissionForm.MAX_NETWORKS + 1) List<NetworkSourceForm> networks) {

    static final SourceAnswers NONE = new SourceAnswers(
            SourceForm.EMPTY, SourceForm.EMPTY, SourceForm.EMPTY, SourceForm.EMPTY, List.of(NetworkSourceForm.empty()));

    public SourceAnswers {
        foundingYear = foundingYear == null ? SourceForm.EMPTY : foundingYear;
        place = place == null ? SourceForm.EMPTY : place;
        website = website == null ? SourceForm.EMPTY : website;
        contact = contact == null ? SourceForm.EMPTY : contact;
        // Rows numbered with gaps by a hand-made request come with nulls in between: not rows anyone sent.
        networks = networks == null
                ? new ArrayList<>()
                : networks.stream().filter(Objects::nonNull).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The sources a live profile or a proposal names: a row per network it lists, and one empty row. */
    static SourceAnswers of(ProfileContent profile) {
        ProfileContent.Sources sources = profile.sources();
        List<NetworkSourceForm> rows = new ArrayList<>();
        profile.networks()
                .forEach(
                        network -> rows.add(new NetworkSourceForm(network, SourceForm.of(sources.ofNetwork(network)))));
        rows.add(NetworkSourceForm.empty());
        return new SourceAnswers(
                SourceForm.of(sources.of(Fact.FOUNDING_YEAR)),
                SourceForm.of(sources.of(Fact.PLACE)),
                SourceForm.of(sources.of(Fact.WEBSITE)),
                SourceForm.of(sources.of(Fact.CONTACT)),
                rows);
    }

    /** The single-valued facts' fields by fact, with the name of each field in this part. */
    Map<String, SourceForm> factFields() {
        Map<String, SourceForm> fields = new LinkedHashMap<>();
        fields.put("foundingYear", foundingYear);
        fields.put("place", place);
        fields.put("website", website);
        fields.put("contact", contact);
        return fields;
    }

    /** Network rows with a source in them. */
    List<NetworkSourceForm> filledNetworks() {
        return networks.stream().filter(row -> !row.isEmpty()).toList();
    }

    /**
     * The sources of the facts the proposal gives (a source of a fact left empty, or of a network it does not
     * list, goes). Call only once the form is valid.
     */
    ProfileContent.Sources toSources(ProfileContent proposal) {
        Map<Fact, Source> facts = new EnumMap<>(Fact.class);
        put(facts, Fact.FOUNDING_YEAR, proposal.foundingYear() == null ? null : foundingYear.toSource());
        put(facts, Fact.PLACE, place.toSource());
        put(facts, Fact.WEBSITE, proposal.website() == null ? null : website.toSource());
        put(facts, Fact.CONTACT, proposal.givesContact() ? contact.toSource() : null);
        Map<String, Source> byNetwork = new LinkedHashMap<>();
        for (NetworkSourceForm row : filledNetworks()) {
            String network = row.network() == null ? null : row.network().strip();
            Source source = row.source().toSource();
            if (network != null && source != null && proposal.networks().contains(network)) {
                byNetwork.putIfAbsent(network, source);
            }
        }
        return new ProfileContent.Sources(facts, byNetwork);
    }

    private static void put(Map<Fact, Source> facts, Fact fact, @Nullable Source source) {
        if (source != null) {
            facts.put(fact, source);
        }
    }
}
