package org.peacedirectory.organisation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the safety tests share: a profile with every contact field, a city and a logo; plain requests. */
final class SafetySupport {

    private SafetySupport() {}

    /** A published profile and the values its safety settings can hide. */
    record Seeded(
            String unique,
            String slug,
            long id,
            String name,
            String city,
            String email,
            String phone,
            String postalAddress,
            String person) {

        List<String> hideable() {
            return List.of(city, email, phone, postalAddress, person);
        }
    }

    /** Published with everything public (as the demo data's consenting profiles are), a logo included. */
    static Seeded seed(HostileProfiles profiles, JdbcClient jdbc, String prefix) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        // The hidden values share no word with the name, so that a search finding the name proves nothing.
        String secret = UUID.randomUUID().toString().substring(0, 8);
        String slug = prefix + unique;
        String name = "Safety Circle " + unique;
        String city = "Hiddentown" + secret;
        profiles.publish(new HostileProfiles.Texts(
                slug,
                name,
                "SC",
                "A summary.",
                "A description.",
                city,
                "Network " + unique,
                "NET" + unique,
                "https://example.org/" + slug,
                "https://example.org/link/" + slug));
        String phone = "+223 " + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        Seeded seeded = new Seeded(
                unique,
                slug,
                jdbc.sql("select id from organisation where slug = ?")
                        .param(slug)
                        .query(Long.class)
                        .single(),
                name,
                city,
                "hidden-" + secret + "@example.org",
                phone,
                "PO Box " + secret,
                "Person" + secret);
        jdbc.sql("""
                update organisation set contact_email = ?, contact_phone = ?, contact_postal_address = ?,
                    contact_person = ? where id = ?""")
                .params(seeded.email(), seeded.phone(), seeded.postalAddress(), seeded.person(), seeded.id())
                .update();
        jdbc.sql("insert into organisation_logo (organisation_id, media_type, content) values (?, 'image/png', ?)")
                .params(seeded.id(), new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .update();
        return seeded;
    }

    /** The fields a browser sends with the form whose action ends so (its CSRF token among them). */
    static Map<String, List<String>> fieldsOf(Document page, String actionEnd) {
        Element form = page.selectFirst("main form[action$='" + actionEnd + "']");
        if (form == null) {
            throw new IllegalStateException("No form sent to " + actionEnd + " on " + page.title());
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            fields.computeIfAbsent(input.attr("name"), key -> new ArrayList<>()).add(input.attr("value"));
        }
        return fields;
    }

    /** Every setting hidden, and the two boxes as given. */
    static Map<String, List<String>> allHidden(
            Map<String, List<String>> fields, boolean keptFromSearchEngines, boolean keptFromOpenData) {
        Map<String, List<String>> hidden = new LinkedHashMap<>(fields);
        for (String field : List.of("email", "phone", "postalAddress", "contactPerson", "logo")) {
            hidden.put(field, List.of("MODERATORS_ONLY"));
        }
        hidden.put("location", List.of("COUNTRY_ONLY"));
        boxes(hidden, keptFromSearchEngines, keptFromOpenData);
        return hidden;
    }

    static void boxes(Map<String, List<String>> fields, boolean keptFromSearchEngines, boolean keptFromOpenData) {
        fields.remove("keptFromSearchEngines");
        fields.remove("keptFromOpenData");
        if (keptFromSearchEngines) {
            fields.put("keptFromSearchEngines", List.of("true"));
        }
        if (keptFromOpenData) {
            fields.put("keptFromOpenData", List.of("true"));
        }
    }

    /** As a script or a spreadsheet asks: any type. */
    static HttpResponse<String> get(HttpClient http, int port, String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", "*/*")
                            .header("Accept-Language", "en")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    /** Every file of the English HSDS data package, one after the other. */
    static String dataPackage(HttpClient http, int port) {
        try {
            HttpResponse<byte[]> download = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/hsds/datapackage.zip"))
                            .header("Accept-Language", "en")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            StringBuilder text = new StringBuilder();
            try (ZipInputStream entries = new ZipInputStream(new java.io.ByteArrayInputStream(download.body()))) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    text.append(new String(entries.readAllBytes(), StandardCharsets.UTF_8))
                            .append('\n');
                }
            }
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException("the data package", e);
        }
    }
}
