package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/**
 * The search cluster's readiness (unit, against a stand-in for the cluster's {@code _cluster/health} on a local
 * port): DOWN while nothing listens at its address or the cluster is red, UP again by itself as soon as it
 * answers green or yellow; the next address is asked when one does not answer. The real node, frozen and
 * thawed, is ElasticsearchBackendTest's.
 */
class SearchClusterHealthIndicatorTest {

    private final AtomicReference<String> clusterStatus = new AtomicReference<>("green");
    private HttpServer node;

    @AfterEach
    void stopNode() {
        if (node != null) {
            node.stop(0);
        }
    }

    @Test
    void isDownWhileTheClusterIsUnreachableAndUpAgainByItselfOnceItAnswers() throws IOException {
        int port = freePort();
        SearchClusterHealthIndicator indicator = new SearchClusterHealthIndicator("http://127.0.0.1:" + port);

        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN); // connection refused

        startNode(port);
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);
        clusterStatus.set("yellow"); // a one-node cluster's replicas are never assigned: still ready
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);
        clusterStatus.set("red");
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
        clusterStatus.set("green");
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);

        node.stop(0);
        node = null;
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void asksTheNextAddressWhenOneDoesNotAnswer() throws IOException {
        int silent = freePort();
        int answering = freePort();
        startNode(answering);

        SearchClusterHealthIndicator indicator = new SearchClusterHealthIndicator(
                "http://127.0.0.1:" + silent + ", http://127.0.0.1:" + answering + "/");

        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);
    }

    private void startNode(int port) throws IOException {
        node = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        node.createContext("/_cluster/health", exchange -> {
            byte[] body = ("{\"cluster_name\":\"test\",\"status\":\"" + clusterStatus.get() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        node.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
