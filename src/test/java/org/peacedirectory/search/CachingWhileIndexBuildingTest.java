package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.peacedirectory.system.CachedUntilPublish;
import org.peacedirectory.system.CachingContext;
import org.peacedirectory.system.PublishedDataCaches;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** What the index answers while it is being built is not kept (the condition search results and counts carry). */
class CachingWhileIndexBuildingTest {

    static class Searches {

        private final AtomicInteger computations = new AtomicInteger();

        @CachedUntilPublish(value = PublishedDataCaches.SEARCH_RESULTS, condition = SearchIndexing.NOT_BUILDING)
        public int search(String words) {
            return computations.incrementAndGet();
        }

        /** Through a method: the bean is a proxy. */
        public int computations() {
            return computations.get();
        }
    }

    @Test
    void keepsNothingTheIndexAnswersWhileItIsBeingBuilt() {
        SearchIndexing indexing = mock(SearchIndexing.class);
        try (AnnotationConfigApplicationContext context = CachingContext.start("10m", beans -> {
            beans.registerBean("searchIndexing", SearchIndexing.class, () -> indexing);
            beans.register(Searches.class);
        })) {
            Searches searches = context.getBean(Searches.class);
            when(indexing.isBuilding()).thenReturn(true);
            searches.search("paix");
            searches.search("paix");
            assertThat(searches.computations()).as("asked twice while building").isEqualTo(2);

            when(indexing.isBuilding()).thenReturn(false);
            searches.search("paix");
            searches.search("paix");
            assertThat(searches.computations()).as("kept once built").isEqualTo(3);
        }
    }
}
