package org.peacedirectory.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears every instance's published changes ({@link PublishedChanges}): {@code LISTEN} on a connection of its
 * own, outside the pool (named {@code published-changes <instance>} in {@code pg_stat_activity}), read by one
 * thread that waits up to 2 s for notifications and otherwise checks that the connection still answers. A
 * change heard (this instance's own too: harmless) forgets the {@link PublishedDataCaches} and is published
 * as a {@link PublishedChangeHeard} for the search. A lost connection is opened again after 0.1 s, then
 * 0.2, 0.4... at most 2 s apart; once it listens again every cache is forgotten (changes may have been
 * missed meanwhile), and while it has not heard for longer than {@code directory.caches.unheard-limit} the
 * caches keep nothing ({@link PublishedDataCaches#keeping()}). Started before the web server and stopped
 * after it (its phase), so that it hears while requests are served, the last ones of a graceful shutdown
 * included; stopping closes the connection at once.
 */
@Component
class PublishedChangesListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PublishedChangesListener.class);
    private static final int WAIT_MILLIS = 2000;
    private static final int ANSWER_SECONDS = 2;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private final JdbcConnectionDetails database;
    private final PublishedChanges changes;
    private final PublishedDataCaches caches;
    private final ApplicationEventPublisher events;
    private final Object lock = new Object();
    private volatile boolean running;
    private volatile @Nullable Thread thread;
    private volatile @Nullable Connection connection;

    PublishedChangesListener(
            JdbcConnectionDetails database,
            PublishedChanges changes,
            PublishedDataCaches caches,
            ApplicationEventPublisher events) {
        this.database = database;
        this.changes = changes;
        this.caches = caches;
        this.events = events;
    }

    /** The name of its connection in {@code pg_stat_activity.application_name}. */
    String applicationName() {
        return "published-changes " + changes.instance();
    }

    @Override
    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            caches.heard(); // the limit counts from now if it never connects
            Thread listening = new Thread(this::listen, "published-changes");
            listening.setDaemon(true);
            thread = listening;
            listening.start();
        }
    }

    @Override
    public void stop() {
        Thread listening;
        synchronized (lock) {
            running = false;
            listening = thread;
            thread = null;
            lock.notifyAll(); // ends a pause between two attempts
        }
        Connection open = connection;
        if (open != null) {
            try {
                open.abort(Runnable::run); // ends a wait for notifications at once
            } catch (SQLException alreadyClosed) {
                // the thread ends all the same
            }
        }
        if (listening != null) {
            try {
                listening.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts (and after it stops): its phase is lower. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        long lostAt = 0;
        boolean lost = false;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement listen = listening.createStatement()) {
                    listen.execute("listen " + PublishedChanges.CHANNEL);
                }
                caches.heard();
                if (lost) {
                    log.info(
                            "Hearing published changes again after {} ms",
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lostAt));
                    lost = false;
                }
                pause = FIRST_PAUSE;
                tell(Set.of(new PublishedChangeHeard(0, true))); // whatever was published before it listened
                hear(listening);
            } catch (SQLException | RuntimeException failure) {
                if (!running) {
                    break;
                }
                if (!lost) {
                    log.warn("Not hearing published changes, trying again: {}", failure.toString());
                    lost = true;
                    lostAt = System.nanoTime();
                } else {
                    log.debug("Still not hearing published changes: {}", failure.toString());
                }
            } finally {
                connection = null;
            }
            pauseFor(pause);
            Duration doubled = pause.multipliedBy(2);
            pause = doubled.compareTo(LONGEST_PAUSE) < 0 ? doubled : LONGEST_PAUSE;
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        setIfPresent(properties, "user", database.getUsername());
        setIfPresent(properties, "password", database.getPassword());
        properties.setProperty("ApplicationName", applicationName());
        properties.setProperty("connectTimeout", "5"); // seconds
        properties.setProperty("socketTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(database.getJdbcUrl(), properties);
    }

    private static void setIfPresent(Properties properties, String name, @Nullable String value) {
        if (value != null) {
            properties.setProperty(name, value);
        }
    }

    /** Until the connection fails (an exception) or the listener stops. */
    private void hear(Connection listening) throws SQLException {
        PGConnection notifications = listening.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] arrived = notifications.getNotifications(WAIT_MILLIS);
            if (arrived.length == 0 && !listening.isValid(ANSWER_SECONDS)) {
                throw new SQLException("the connection does not answer");
            }
            caches.heard();
            if (arrived.length > 0) {
                Set<PublishedChangeHeard> heard = new LinkedHashSet<>();
                for (PGNotification notification : arrived) {
                    heard.add(read(notification.getParameter()));
                }
                tell(heard);
            }
        }
    }

    /** A payload {@code "<instance> <organisation id>"}; anything else stands for any change, elsewhere. */
    private PublishedChangeHeard read(String payload) {
        int space = payload.indexOf(' ');
        try {
            if (space > 0) {
                return new PublishedChangeHeard(
                        Long.parseLong(payload.substring(space + 1)),
                        !payload.substring(0, space).equals(changes.instance()));
            }
        } catch (NumberFormatException notOurs) {
            // below
        }
        return new PublishedChangeHeard(0, true);
    }

    private void tell(Set<PublishedChangeHeard> heard) {
        caches.forgetAll();
        for (PublishedChangeHeard change : heard) {
            try {
                events.publishEvent(change);
            } catch (RuntimeException failure) {
                log.warn("A published change heard was not followed ({}): {}", change, failure.toString());
            }
        }
    }

    private void pauseFor(Duration pause) {
        synchronized (lock) {
            if (running) {
                try {
                    lock.wait(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }
}
