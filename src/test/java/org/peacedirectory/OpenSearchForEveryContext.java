package org.peacedirectory;

import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs the same tests on the Elasticsearch backend: with {@code -Ddirectory.test.search=opensearch}
 * ({@code ./mvnw test -Ddirectory.test.search=opensearch -Dtest=SearchTest}), every application context
 * of the run points at the test OpenSearch ({@link TestOpenSearch}), as if each imported it. Without the
 * property it does nothing: the suite runs on Lucene.
 */
public class OpenSearchForEveryContext implements ContextCustomizerFactory {

    static final String SWITCH = "directory.test.search";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return "opensearch".equals(System.getProperty(SWITCH)) ? new PointAtTestOpenSearch() : null;
    }

    /** Equal to every other instance, so that contexts are still shared between test classes. */
    private static final class PointAtTestOpenSearch implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPropertyValues.of("directory.search.url=" + TestOpenSearch.url())
                    .applyTo(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PointAtTestOpenSearch;
        }

        @Override
        public int hashCode() {
            return PointAtTestOpenSearch.class.hashCode();
        }
    }
}
