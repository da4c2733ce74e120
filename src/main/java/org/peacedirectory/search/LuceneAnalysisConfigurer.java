package org.peacedirectory.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;

/**
 * The analysis of the Lucene backend: "text" for every full-text field (words by Unicode's rules, lower
 * case, French elision of l', d', qu'... with a straight or typographic apostrophe, accents folded, so
 * that "L’Armée" and "armee" are the same word), and "sort" for names as one sortable keyword.
 * {@link ElasticsearchAnalysisConfigurer} defines the same two, under the same names, for the
 * Elasticsearch/OpenSearch backend.
 */
public class LuceneAnalysisConfigurer implements org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer {

    static final String TEXT = "text";
    static final String SORT = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TEXT)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ElisionFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer(SORT)
                .custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
