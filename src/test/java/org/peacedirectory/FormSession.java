package org.peacedirectory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like session over real HTTP: keeps cookies (session, CSRF), reads a form's fields as the
 * page rendered them, and posts them back as multipart/form-data, files included.
 */
public final class FormSession {

    /** A file to upload. */
    public record FilePart(String fileName, String contentType, byte[] content) {}

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final int port;
    private final String language;

    public FormSession(int port, String language) {
        this.port = port;
        this.language = language;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Document page(String path) {
        return Jsoup.parse(get(path).body());
    }

    /** The values a browser would send for the page's form, buttons and file inputs aside. */
    public static Map<String, List<String>> fieldsOf(Document page) {
        Element form = page.selectFirst("main form");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            String type = input.attr("type");
            if (type.equals("file") || type.equals("submit")) {
                continue;
            }
            List<String> values = fields.computeIfAbsent(name, key -> new ArrayList<>());
            if (input.tagName().equals("select")) {
                input.select("option[selected]").forEach(option -> values.add(option.attr("value")));
            } else if (input.tagName().equals("textarea")) {
                values.add(input.wholeText());
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (input.hasAttr("checked")) {
                    values.add(input.attr("value"));
                }
            } else {
                values.add(input.attr("value"));
            }
        }
        fields.values().removeIf(List::isEmpty);
        return fields;
    }

    public HttpResponse<String> post(String path, Map<String, List<String>> fields, Map<String, FilePart> files) {
        String boundary = "----form" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, values) -> values.forEach(value -> write(
                body,
                "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n")));
        files.forEach((name, file) -> {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                            + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        });
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A plain urlencoded POST, as a script without the form would send it. */
    public HttpResponse<String> postUrlEncoded(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.header("Accept-Language", language)
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
