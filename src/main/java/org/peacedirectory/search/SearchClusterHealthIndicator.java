package org.peacedirectory.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Readiness of the search cluster (Elasticsearch/OpenSearch backend only, {@code directory.search.url}):
 * asks the nodes in turn for {@code _cluster/health} with a short timeout. An instance whose cluster does not
 * answer, or answers red, is taken out of the load balancer's rotation ({@code searchCluster} in the
 * readiness group) instead of answering every search with a 503. Yellow is ready: a one-node cluster is
 * never green with replicas, and its primary shards are all there.
 *
 * <p>Registered by {@link Registration} once the settings are known: a condition on the bean would be
 * judged before a test's dynamic properties (the test node's address) exist.
 */
class SearchClusterHealthIndicator extends AbstractHealthIndicator {

    /** Its name in the health endpoint and in the readiness group (application.properties). */
    static final String NAME = "searchCluster";

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private final List<URI> nodes;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    SearchClusterHealthIndicator(@Value("${directory.search.url}") String urls) {
        super("Search cluster health check failed");
        this.nodes = Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(url -> URI.create((url.endsWith("/") ? url : url + "/") + "_cluster/health"))
                .toList();
    }

    /** The first node that answers speaks for the cluster; DOWN when none does. */
    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        Exception last = null;
        for (URI node : nodes) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(node).timeout(TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher status = STATUS.matcher(response.body());
                String cluster = status.find() ? status.group(1) : "unknown";
                boolean up = response.statusCode() == 200 && ("green".equals(cluster) || "yellow".equals(cluster));
                (up ? builder.up() : builder.down()).withDetail("cluster", cluster);
                return;
            } catch (java.io.IOException e) {
                last = e;
            }
        }
        throw last != null ? last : new IllegalStateException("No search cluster address");
    }

    /** Adds the indicator to the health contributors when the backend is a cluster. */
    @Component
    static class Registration {

        Registration(@Value("${directory.search.url:}") String urls, HealthContributorRegistry contributors) {
            if (StringUtils.hasText(urls)) {
                contributors.registerContributor(NAME, new SearchClusterHealthIndicator(urls));
            }
        }
    }
}
