package org.peacedirectory.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peacedirectory.system.CachedUntilPublish;
import org.peacedirectory.system.PublishedDataCaches;
import org.peacedirectory.taxonomy.TaxonomyLists;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The organisations a profile shows as related, each with why, in two statements (the closest with what
 * they share, then their summaries). They change only when a published profile does: kept until then,
 * per organisation and language.
 */
@Component
class RelatedOrganisations {

    static final int LIMIT = 4;

    private final Organisations organisations;
    private final SummaryRows summaryRows;
    private final TaxonomyLists taxonomy;
    private final MessageSource messages;

    RelatedOrganisations(
            Organisations organisations, SummaryRows summaryRows, TaxonomyLists taxonomy, MessageSource messages) {
        this.organisations = organisations;
        this.summaryRows = summaryRows;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @CachedUntilPublish(PublishedDataCaches.RELATED_ORGANISATIONS)
    List<OrganisationProfile.Related> of(long organisationId, Locale reader) {
        List<Organisations.Relation> relations = organisations.findRelated(organisationId, LIMIT);
        if (relations.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganisationSummary> summaries = summaryRows.byId(
                relations.stream().map(Organisations.Relation::getId).toList(), reader);
        List<OrganisationProfile.Related> related = new ArrayList<>();
        for (Organisations.Relation relation : relations) {
            OrganisationSummary summary = summaries.get(relation.getId());
            if (summary != null) { // unpublished since the relations were read
                related.add(new OrganisationProfile.Related(
                        summary, RelationReasons.of(relation, reader, taxonomy, messages)));
            }
        }
        return related;
    }
}
