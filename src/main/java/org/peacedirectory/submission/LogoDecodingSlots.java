package org.peacedirectory.submission;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many logos may be decoded at once. A decoded logo holds up to {@link LogoProcessor#MAX_PIXELS} pixels
 * of up to 8 bytes (16-bit RGBA), about 32 MB, so the heap a flood of uploads can take is this number times
 * that, however many requests arrive. The others wait a moment, then are told to try again shortly.
 */
@Component
public class LogoDecodingSlots {

    private final Semaphore slots;
    private final Duration wait;

    LogoDecodingSlots(
            @Value("${directory.logos.concurrent-decodes}") int concurrentDecodes,
            @Value("${directory.logos.decode-wait}") Duration wait) {
        this.slots = new Semaphore(concurrentDecodes, true);
        this.wait = wait;
    }

    /** Runs the work in a free slot, waiting for one at most the configured time. */
    <T> T run(Supplier<T> work) {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LogoDecodersBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogoDecodersBusyException();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
