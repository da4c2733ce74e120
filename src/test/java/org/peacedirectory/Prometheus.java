package org.peacedirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One scrape of {@code /actuator/prometheus} on an app's management port, as Prometheus asks for it, and the
 * values of its series.
 */
public record Prometheus(int status, String contentType, String body) {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Scrapes the app whose management port this is. */
    public static Prometheus scrape(int managementPort) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                .header("Accept", "text/plain;version=0.0.4;q=0.3,*/*;q=0.1")
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Prometheus(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The series (lines without comments) of this metric, with all these labels ({@code uri="/"}). */
    public List<String> series(String name, String... labels) {
        return body.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line ->
                        Arrays.stream(labels).allMatch(label -> labelsOf(line).contains(label)))
                .toList();
    }

    /** The sum of those series' values (0 when there are none; NaN when one of them is). */
    public double value(String name, String... labels) {
        return series(name, labels).stream()
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static List<String> labelsOf(String line) {
        int open = line.indexOf('{');
        int close = line.lastIndexOf('}');
        if (open < 0 || close < open) {
            return List.of();
        }
        // Values hold no comma in the series the tests look at (routes, cache names, outcomes).
        return List.of(line.substring(open + 1, close).split(","));
    }
}
