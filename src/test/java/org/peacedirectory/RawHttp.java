package org.peacedirectory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Requests written byte for byte over a socket, for what an HTTP client library refuses to send: a
 * forged Host header, an undecodable address, a broken multipart body.
 */
public final class RawHttp {

    /** Status line, headers and body as received (the body is read until the server closes). */
    public record Response(int status, String head, String body) {

        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {}

    /** Sends the request head (lines without the final blank line) and the body, with Connection: close. */
    public static Response send(int port, String head, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String fullHead = head.stripTrailing() + "\r\nConnection: close\r\n"
                    + (body.length > 0 && !head.toLowerCase(Locale.ROOT).contains("content-length")
                            ? "Content-Length: " + body.length + "\r\n"
                            : "")
                    + "\r\n";
            out.write(fullHead.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Response get(int port, String target, String... headers) {
        return send(port, "GET " + target + " HTTP/1.1\r\n" + headers(port, headers), new byte[0]);
    }

    /** A form posted as multipart/form-data, as a browser sends it (files aside). */
    public static Response postMultipart(int port, String path, Map<String, List<String>> fields, String... headers) {
        String boundary = "----raw" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(value -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n")));
        body.append("--").append(boundary).append("--\r\n");
        String[] allHeaders = Arrays.copyOf(headers, headers.length + 1);
        allHeaders[headers.length] = "Content-Type: multipart/form-data; boundary=" + boundary;
        return send(
                port,
                "POST " + path + " HTTP/1.1\r\n" + headers(port, allHeaders),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Header lines for a request head; Host is the app's own unless one of the headers sets it. */
    public static String headers(int port, String... headers) {
        StringBuilder lines = new StringBuilder();
        boolean host = false;
        for (String header : headers) {
            host |= header.toLowerCase(Locale.ROOT).startsWith("host:");
            lines.append(header).append("\r\n");
        }
        if (!host) {
            lines.append("Host: localhost:").append(port).append("\r\n");
        }
        return lines.toString();
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        int status = Integer.parseInt(head.substring(9, 12));
        return new Response(status, head, body);
    }

    private static String unchunk(String chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        int position = 0;
        while (position < bytes.length) {
            int lineEnd = indexOf(bytes, position);
            if (lineEnd < 0) {
                break;
            }
            String sizeText =
                    new String(bytes, position, lineEnd - position, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(bytes, lineEnd + 2, Math.min(size, bytes.length - lineEnd - 2));
            position = lineEnd + 2 + size + 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
