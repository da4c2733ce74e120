package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peacedirectory.Await;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.SecondInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stop lets the requests in flight finish (server.shutdown=graceful): a whole instance of the app (on the
 * test database) is closed while one of its requests is held on a latch this test controls; the port stops
 * taking connections, then the request, released, reads the database and answers, and the instance stops.
 */
@DirectoryTest
class GracefulShutdownTest {

    @Autowired
    JdbcConnectionDetails database;

    @Test
    void aRequestInFlightWhenTheAppIsStoppedCompletesWhileNewConnectionsAreRefused() throws Exception {
        SecondInstance instance = SecondInstance.startWith(List.of(SlowPage.class), database);
        SlowPage.entered = new CountDownLatch(1);
        SlowPage.release = new CountDownLatch(1);
        int port = instance.port();
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlowPage.PATH))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(SlowPage.entered.await(30, TimeUnit.SECONDS)).isTrue();

        Thread stopping = new Thread(instance::close, "stopping-the-instance");
        stopping.start();
        try {
            Await.within(Duration.ofSeconds(10), "the port refuses new connections", () -> refuses(port));
            assertThat(inFlight).isNotDone();
            assertThat(instance.context().isActive()).isTrue(); // still waiting for the request
        } finally {
            SlowPage.release.countDown();
        }

        HttpResponse<String> answered = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).startsWith("finished with ").doesNotContain("finished with 0 ");
        stopping.join(60_000);
        assertThat(stopping.isAlive()).isFalse();
        assertThat(instance.context().isActive()).isFalse();
    }

    private static boolean refuses(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return false;
        } catch (IOException refused) {
            return true;
        }
    }

    /** A page that waits until the test lets it go, then reads the database as any page would. */
    @RestController
    static class SlowPage {

        static final String PATH = "/graceful-shutdown-test/slow";
        static volatile CountDownLatch entered = new CountDownLatch(1);
        static volatile CountDownLatch release = new CountDownLatch(1);

        private final JdbcClient jdbc;

        SlowPage(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping(PATH)
        String slow() throws InterruptedException {
            entered.countDown();
            if (!release.await(60, TimeUnit.SECONDS)) {
                return "never released";
            }
            long organisations = jdbc.sql("select count(*) from organisation")
                    .query(Long.class)
                    .single();
            return "finished with " + organisations + " organisations";
        }
    }
}
