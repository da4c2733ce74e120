package org.peacedirectory.submission;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes logos uploaded with forms that were never sent. */
@Component
class LogoUploadCleanup {

    private static final Logger log = LoggerFactory.getLogger(LogoUploadCleanup.class);
    private static final Duration KEPT_FOR = Duration.ofDays(1);

    private final LogoUploads logoUploads;
    private final Clock clock;

    LogoUploadCleanup(LogoUploads logoUploads, Clock clock) {
        this.logoUploads = logoUploads;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void deleteUnused() {
        int deleted = logoUploads.deleteUnusedOlderThan(clock.instant().minus(KEPT_FOR));
        if (deleted > 0) {
            log.info("Deleted {} logo uploads of forms that were never sent", deleted);
        }
    }
}
