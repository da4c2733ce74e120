package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.organisation.Organisation;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fields of the organisation index, as Hibernate Search's metamodel describes them, are those of the
 * current MAPPING_VERSION. A start rebuilds an index only when its recorded mapping version differs (a
 * Lucene index carries no schema to check): so a change to the fields must come with a new version, and
 * this test says when one is due. Change the list below and SearchIndexing.MAPPING_VERSION together.
 */
@DirectoryTest
class SearchIndexSchemaTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void organisationIndexHasTheFieldsOfTheCurrentMappingVersion() {
        assertThat(SearchIndexing.MAPPING_VERSION).isEqualTo("3");
        assertThat(fieldsOfTheOrganisationIndex())
                .containsExactly(
                        "acronym: String, analyzer text, searchable",
                        "activities: object, multi-valued",
                        "activities.level: String (ActivityLevel), searchable, aggregable, multi-valued in root",
                        "activities.text: String, analyzer text, searchable, multi-valued in root",
                        "countries: String, searchable, aggregable, multi-valued",
                        "idSort: Long, sortable",
                        "lastActivityYear: Integer, searchable, aggregable",
                        "name: String, analyzer text, searchable",
                        "nameSort: String, normalizer sort, searchable, sortable",
                        "openData: Boolean, searchable",
                        "place: String, analyzer text, searchable",
                        "prose: object, multi-valued",
                        "prose.description: String, analyzer text, searchable, multi-valued in root",
                        "prose.name: String, analyzer text, searchable, multi-valued in root",
                        "prose.summary: String, analyzer text, searchable, multi-valued in root",
                        "themes: String, searchable, aggregable, multi-valued",
                        "updatedAt: Instant, sortable",
                        "verification: String (VerificationLevel), searchable, aggregable");
    }

    /**
     * One line per field of the mapping, by path: its type, analysis and capabilities. Left out are the
     * backend's own fields (Elasticsearch lists {@code _id}, {@code _index}, {@code _entity_type}) and
     * whether a field is projectable (by default the Lucene backend says no and Elasticsearch yes).
     */
    private List<String> fieldsOfTheOrganisationIndex() {
        return Search.mapping(entityManagerFactory)
                .indexedEntity(Organisation.class)
                .indexManager()
                .descriptor()
                .staticFields()
                .stream()
                .filter(field -> !field.absolutePath().startsWith("_"))
                .sorted(Comparator.comparing(IndexFieldDescriptor::absolutePath))
                .map(SearchIndexSchemaTest::describe)
                .toList();
    }

    private static String describe(IndexFieldDescriptor field) {
        List<String> traits = new ArrayList<>();
        if (field.isObjectField()) {
            traits.add(field.toObjectField().type().nested() ? "nested object" : "object");
        } else {
            IndexValueFieldTypeDescriptor type = field.toValueField().type();
            traits.add(type.valueClass().getSimpleName()
                    + (type.dslArgumentClass().equals(type.valueClass())
                            ? ""
                            : " (" + type.dslArgumentClass().getSimpleName() + ")"));
            type.analyzerName().ifPresent(analyzer -> traits.add("analyzer " + analyzer));
            type.searchAnalyzerName()
                    .filter(search -> !search.equals(type.analyzerName().orElse(null)))
                    .ifPresent(search -> traits.add("search analyzer " + search));
            type.normalizerName().ifPresent(normalizer -> traits.add("normalizer " + normalizer));
            if (type.searchable()) {
                traits.add("searchable");
            }
            if (type.sortable()) {
                traits.add("sortable");
            }
            if (type.aggregable()) {
                traits.add("aggregable");
            }
        }
        if (field.multiValued()) {
            traits.add("multi-valued");
        } else if (field.multiValuedInRoot()) {
            traits.add("multi-valued in root");
        }
        return field.absolutePath() + ": " + String.join(", ", traits);
    }
}
