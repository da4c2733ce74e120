package org.peacedirectory.organisation;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Everything the search index (Hibernate Search) holds about an organisation, in one place, so that the
 * entities stay about their tables: index {@code organisation}, published organisations only
 * ({@link PublishedOnlyInSearch}), the fields below, and those derived from several properties
 * ({@link OrganisationSearchFields}). Field names and analysers are the search package's
 * (WordMatching, Facet, LuceneAnalysisConfigurer). Set by {@code hibernate.search.mapping.configurer}.
 *
 * <p>Any change to what this produces must come with a new {@code SearchIndexing.MAPPING_VERSION}, so
 * that an index built by the previous mapping is rebuilt (SearchIndexSchemaTest pins the fields).
 */
public class OrganisationIndexMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        TypeMappingStep entry = mapping.type(DirectoryEntry.class);
        entry.property("id").genericField("idSort").sortable(Sortable.YES).searchable(Searchable.NO);
        entry.property("updatedAt")
                .genericField("updatedAt")
                .sortable(Sortable.YES)
                .searchable(Searchable.NO);
        entry.property("verificationLevel").keywordField("verification").aggregable(Aggregable.YES);

        TypeMappingStep organisation = mapping.type(Organisation.class);
        organisation.indexed().index("organisation").routingBinder(new PublishedOnlyInSearch());
        organisation.binder(new OrganisationSearchFields());
        organisation
                .property("name")
                .fullTextField()
                .analyzer("text")
                .keywordField("nameSort")
                .normalizer("sort")
                .sortable(Sortable.YES);
        organisation.property("acronym").fullTextField().analyzer("text");
        // Names, summaries and descriptions in every language.
        organisation.property("prose").indexedEmbedded("prose");
        organisation.property("activities").indexedEmbedded("activities").includePaths("text", "level");
        // Countries and themes are reference data: a change of which ones an organisation names reindexes
        // it, a change inside a country or a theme does not.
        organisation.property("country").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        organisation.property("countriesOfWork").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        organisation.property("themes").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

        TypeMappingStep prose = mapping.type(Prose.class);
        prose.property("name").fullTextField().analyzer("text");
        prose.property("summary").fullTextField().analyzer("text");
        prose.property("description").fullTextField().analyzer("text");

        TypeMappingStep activity = mapping.type(Activity.class);
        activity.property("level").keywordField().aggregable(Aggregable.YES);
        activity.property("text").fullTextField().analyzer("text");
    }
}
