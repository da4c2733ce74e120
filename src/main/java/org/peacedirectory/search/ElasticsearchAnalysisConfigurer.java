package org.peacedirectory.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;

/**
 * The analysis of the Elasticsearch/OpenSearch backend: the same two definitions, under the same names,
 * as {@link LuceneAnalysisConfigurer} ("text": standard tokenizer, lowercase, French elision with a
 * straight or typographic apostrophe, ASCII folding; "sort": lowercase, ASCII folding), so that the
 * mapping and the queries are the same whichever backend the settings choose
 * ({@code hibernate.search.backend.analysis.configurer=class:org.peacedirectory.search.ElasticsearchAnalysisConfigurer}).
 */
public class ElasticsearchAnalysisConfigurer
        implements org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer {

    /** Lucene's ElisionFilterFactory's default articles (FrenchAnalyzer.DEFAULT_ARTICLES). */
    private static final String[] FRENCH_ARTICLES = {
        "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"
    };

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("french_elision")
                .type("elision")
                .param("articles", FRENCH_ARTICLES)
                .param("articles_case", true);
        context.analyzer(LuceneAnalysisConfigurer.TEXT)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "french_elision", "asciifolding");
        context.normalizer(LuceneAnalysisConfigurer.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }
}
