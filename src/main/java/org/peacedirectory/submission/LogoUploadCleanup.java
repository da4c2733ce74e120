package org.peacedirectory.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes logos uploaded with forms that were never sent. */
@Component
class LogoUploadCleanup {

    private static final Logger log = LoggerFactory.getLogger(LogoUploadCleanup.class);
    private static final Duration KEPT_FOR = Duration.ofDays(1);
    /** A logo is at most 2 MB (about 1,000 TOAST rows): a batch stays far below the statement timeout. */
    static final int BATCH_SIZE = 100;

    private final LogoUploads logoUploads;
    private final Clock clock;

    LogoUploadCleanup(LogoUploads logoUploads, Clock clock) {
        this.logoUploads = logoUploads;
        this.clock = clock;
    }

    /**
     * Every hour, on one instance at a time ({@code shedlock}): {@link #deleteUnused}. A run takes seconds;
     * the lock outlives an instance that died during one by at most 30 minutes.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "logo-uploads-removal", lockAtMostFor = "PT30M")
    public void deleteUnusedOnSchedule() {
        deleteUnused();
    }

    /**
     * In batches, each its own short statement and transaction: one DELETE of everything would, after a
     * flood of uploads, outlast the pool's statement timeout, be cancelled at every run and let the table
     * grow. Stops at the first batch that is not full.
     */
    public void deleteUnused() {
        Instant cutoff = clock.instant().minus(KEPT_FOR);
        int deleted = 0;
        int batch;
        do {
            batch = logoUploads.deleteUnusedOlderThan(cutoff, BATCH_SIZE);
            deleted += batch;
        } while (batch == BATCH_SIZE);
        if (deleted > 0) {
            log.info("Deleted {} logo uploads of forms that were never sent", deleted);
        }
    }
}
