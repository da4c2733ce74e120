package org.peacedirectory.api.hsds;

import jakarta.annotation.PreDestroy;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peacedirectory.organisation.PublishedProfileChanged;
import org.peacedirectory.system.AfterCommit;
import org.peacedirectory.system.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the data packages again after a published change: hears {@link PublishedProfileChanged}, the event
 * the caches forget themselves on, after its commit (or at once outside a transaction), and hands the work
 * to a thread of its own, so the moderator's approval does not wait for it. Changes that come while a
 * package is being made start one more round after it, however many they are; a round makes every
 * language's package. A failure (the database down) is logged: the next change, or the next request that
 * finds no package, makes it. Not through the event publication registry: a change missed by a crash is
 * caught up by the next one, and the stored package stays served meanwhile.
 */
@Component
class HsdsPackageRefresh {

    private static final Logger log = LoggerFactory.getLogger(HsdsPackageRefresh.class);

    private final HsdsPackages packages;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "hsds-package");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();

    HsdsPackageRefresh(HsdsPackages packages) {
        this.packages = packages;
    }

    @EventListener
    void changed(PublishedProfileChanged change) {
        AfterCommit.run(this::schedule);
    }

    /** A round after the ones under way, unless one is already waiting (it will read this change too). */
    void schedule() {
        if (pending.compareAndSet(false, true)) {
            try {
                worker.execute(this::remakeAll);
            } catch (RejectedExecutionException stopping) {
                pending.set(false); // the application is stopping: the next start's first request makes it
            }
        }
    }

    private void remakeAll() {
        pending.set(false); // a change committed from here on is read by this round or schedules the next
        for (Locale language : Languages.SUPPORTED) {
            try {
                packages.remake(language);
            } catch (RuntimeException e) {
                log.warn("HSDS data package ({}) not made again: {}", language, e.toString());
            }
        }
    }

    /** Waits for the rounds asked for so far to end: for tests. */
    void awaitRounds() throws Exception {
        worker.submit(() -> {}).get(1, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }
}
