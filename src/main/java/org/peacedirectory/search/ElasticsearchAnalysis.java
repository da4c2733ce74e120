package org.peacedirectory.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of the Elasticsearch/OpenSearch backend, the same as the Lucene backend's: words split by
 * the standard tokenizer, lower-cased, French elision removed ({@code l'}, {@code d'}, {@code qu'}, also
 * with the typographic apostrophe, which the elision filter knows), accents folded. Public: Hibernate
 * Search instantiates it by its class name.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    /** Full text in any language. */
    public static final String TEXT = "text";
    /** Names as a sortable keyword: whole value, lower-cased, accents folded. */
    public static final String SORT = "sort";

    private static final String FRENCH_ELISION = "french_elision";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(FRENCH_ELISION).type("elision")
                .param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c",
                        "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.analyzer(TEXT).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", FRENCH_ELISION, "asciifolding");
        context.normalizer(SORT).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
