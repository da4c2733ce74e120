package org.peacedirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Real HTTP requests to the app under test, as a browser would send them. */
public final class WebClient {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public WebClient(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String acceptLanguage) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", acceptLanguage)
                .header("Accept", "text/html")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Document page(String path, String acceptLanguage) {
        HttpResponse<String> response = get(path, acceptLanguage);
        return Jsoup.parse(response.body(), response.uri().toString());
    }
}
