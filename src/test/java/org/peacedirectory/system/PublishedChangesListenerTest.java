package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.peacedirectory.Await;
import org.peacedirectory.DirectoryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The listener of published changes on its own PostgreSQL connection: it hears notifications, opens its
 * connection again by itself when the server ends it, and while it cannot hear for longer than the limit
 * the caches keep nothing.
 */
@DirectoryTest
class PublishedChangesListenerTest {

    @Autowired
    PublishedChangesListener listener;

    @Autowired
    PublishedDataCaches caches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcConnectionDetails database;

    @Test
    void listensAgainByItselfWhenItsConnectionIsTerminatedAndHearsTheChangesAfterwards() {
        String name = listener.applicationName();
        Await.within(Duration.ofSeconds(10), "the listener connected", () -> backendNamed(name) != null);
        Long before = backendNamed(name);
        long generation = caches.generation().number();

        assertThat(jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")
                        .param(name)
                        .query(Boolean.class)
                        .list())
                .containsExactly(true);

        Await.within(Duration.ofSeconds(5), "a new connection of the listener", () -> {
            Long now = backendNamed(name);
            return now != null && !now.equals(before);
        });
        Await.within(
                Duration.ofSeconds(5),
                "the caches forgotten once it listens again (changes may have been missed)",
                () -> caches.generation().number() > generation);
        long heard = caches.generation().number();

        jdbc.sql("select pg_notify(?, ?)")
                .params(PublishedChanges.CHANNEL, "another-instance 0")
                .query()
                .listOfRows();

        Await.within(
                Duration.ofSeconds(5),
                "the caches forgotten for a change heard afterwards",
                () -> caches.generation().number() > heard);
    }

    @Test
    void cachesKeepNothingWhileItCannotHearForLongerThanTheLimitAndKeepAgainOnceItHears() {
        AtomicReference<String> url = new AtomicReference<>("jdbc:postgresql://127.0.0.1:9/nothing-listens-here");
        JdbcConnectionDetails unreachableAtFirst = new JdbcConnectionDetails() {
            @Override
            public @Nullable String getUsername() {
                return database.getUsername();
            }

            @Override
            public @Nullable String getPassword() {
                return database.getPassword();
            }

            @Override
            public String getJdbcUrl() {
                return url.get();
            }
        };
        try (AnnotationConfigApplicationContext context = CachingContext.start(
                Map.of("directory.search.cache-lifetime", "10m", "directory.caches.unheard-limit", "500ms"),
                beans -> {})) {
            PublishedDataCaches ownCaches = context.getBean(PublishedDataCaches.class);
            List<Object> heard = new CopyOnWriteArrayList<>();
            PublishedChangesListener ownListener = new PublishedChangesListener(
                    unreachableAtFirst, new PublishedChanges(jdbc, ownCaches), ownCaches, heard::add);
            ownListener.start();
            try {
                Await.within(Duration.ofSeconds(10), "the limit passed unheard", () -> !ownCaches.keeping());

                url.set(database.getJdbcUrl());

                Await.within(Duration.ofSeconds(10), "kept again once it hears", ownCaches::keeping);
                assertThat(heard)
                        .as("changes may have been missed: all forgotten, the search told")
                        .contains(new PublishedChangeHeard(0, true));
            } finally {
                long stopping = System.nanoTime();
                ownListener.stop();
                assertThat(Duration.ofNanos(System.nanoTime() - stopping))
                        .as("stopped without waiting for its wait for notifications to end")
                        .isLessThan(Duration.ofSeconds(1));
            }
            assertThat(ownListener.isRunning()).isFalse();
        }
    }

    private @Nullable Long backendNamed(String name) {
        return jdbc.sql("select pid from pg_stat_activity where application_name = ?")
                .param(name)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
