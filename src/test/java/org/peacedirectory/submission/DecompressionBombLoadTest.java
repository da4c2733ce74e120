package org.peacedirectory.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.FormSession;
import org.peacedirectory.FormSession.FilePart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A hundred decompression bombs at once, over real HTTP, each from its own browser session with a genuine
 * form: the app answers every one (no 500, so no OutOfMemoryError) and the heap stays far below its maximum.
 * The per-address upload limit is lifted here, as an attacker with many addresses would get round it.
 */
@DirectoryTest
@TestPropertySource(properties = "directory.submissions.logo-uploads-per-ip-per-hour=1000")
class DecompressionBombLoadTest {

    private static final int BOMBS = 100;
    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    FormStamp stamps;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @Test
    void answersAHundredConcurrentDecompressionBombsWithoutErrorAndWithABoundedHeap() throws Exception {
        // The largest image the pixel budget lets through, in its most expensive form: 2000 × 2000 RGBA at
        // 16 bits a sample, about 32 KB of PNG that decodes to 32 MB. 100 of them decoded at once need 3.2 GB.
        FilePart bomb = new FilePart("logo.png", "image/png", TestImages.pngBomb(2000, 2000, 16));
        List<FormSession> visitors = new ArrayList<>();
        List<Map<String, List<String>>> forms = new ArrayList<>();
        for (int i = 0; i < BOMBS; i++) {
            FormSession visitor = new FormSession(port, "en");
            Map<String, List<String>> form = FilledForms.newOrganisation(visitor, stamps, "Bomb Org " + i);
            // Comes back with an error, so no submission is stored and no rate limit met.
            form.remove("submitter.consent");
            visitors.add(visitor);
            forms.add(form);
        }
        rateLimiter.clear();

        HeapWatch heap = HeapWatch.start();
        ExecutorService senders = Executors.newFixedThreadPool(BOMBS);
        Map<Integer, Integer> statuses = new TreeMap<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < BOMBS; i++) {
                FormSession visitor = visitors.get(i);
                Map<String, List<String>> form = forms.get(i);
                answers.add(senders.submit(() -> {
                    go.await();
                    return visitor.post("/submit", form, Map.of("logo", bomb)).statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(2, TimeUnit.MINUTES), 1, Integer::sum);
            }
        } finally {
            senders.shutdownNow();
            heap.stop();
            rateLimiter.clear();
        }

        System.out.printf(
                "%d concurrent bombs: statuses %s; heap max %d MB, before %d MB, peak used %d MB,"
                        + " peak after a collection %d MB (%d collections)%n",
                BOMBS,
                statuses,
                heap.max / MB,
                heap.before / MB,
                heap.peakUsed.get() / MB,
                heap.peakAfterCollection.get() / MB,
                heap.collections.get());
        assertThat(statuses.keySet()).as("statuses").isSubsetOf(422, 503);
        assertThat(statuses.get(422)).as("logos decoded and kept").isPositive();
        assertThat(heap.peakUsed.get()).as("peak heap used").isLessThan(heap.max / 2);
        // Whatever the machine's memory (the default maximum heap is a quarter of it): all this run allocates,
        // garbage included, stays far below a hundred decodes. The unbounded code peaked at 5.3 GB here.
        assertThat(heap.peakUsed.get() - heap.before)
                .as("heap taken during the run")
                .isLessThan(1536 * MB);
        // What a collection leaves is about what the requests hold: a few decodes at a time (at most ~48 MB
        // each) and a hundred requests, not a hundred decodes (3.2 GB; the unbounded code measured 3.5 GB).
        assertThat(heap.peakAfterCollection.get() - heap.before)
                .as("heap held by the requests")
                .isLessThan(768 * MB);
    }

    /** Samples the heap every few milliseconds, and reads what each garbage collection left in use. */
    private static final class HeapWatch {

        final long max =
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        final long before;
        final AtomicLong peakUsed = new AtomicLong();
        final AtomicLong peakAfterCollection = new AtomicLong();
        final AtomicLong collections = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread sampler;
        private final NotificationListener afterCollection = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                    .mapToLong(MemoryUsage::getUsed)
                    .sum();
            collections.incrementAndGet();
            peakAfterCollection.accumulateAndGet(used, Math::max);
        };

        private HeapWatch() {
            System.gc();
            before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peakAfterCollection.set(before);
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(afterCollection, null, null);
            }
            sampler = new Thread(
                    () -> {
                        while (running.get()) {
                            peakUsed.accumulateAndGet(
                                    ManagementFactory.getMemoryMXBean()
                                            .getHeapMemoryUsage()
                                            .getUsed(),
                                    Math::max);
                            try {
                                Thread.sleep(5); // a sampling interval, not a wait for a condition
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        static HeapWatch start() {
            return new HeapWatch();
        }

        void stop() throws InterruptedException {
            running.set(false);
            sampler.join();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) collector).removeNotificationListener(afterCollection);
                } catch (javax.management.ListenerNotFoundException e) {
                    // never added to this one
                }
            }
        }
    }
}
