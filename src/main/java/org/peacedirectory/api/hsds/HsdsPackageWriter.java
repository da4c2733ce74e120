package org.peacedirectory.api.hsds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.peacedirectory.api.hsds.Hsds.Attribute;
import org.peacedirectory.api.hsds.Hsds.Organization;
import org.peacedirectory.api.hsds.Hsds.TaxonomyTerm;
import org.peacedirectory.organisation.ProfileRows;
import org.springframework.stereotype.Component;

/**
 * Writes the data package of the whole published directory in one language: a zip of
 * {@code datapackage.json} and one CSV file per {@link HsdsTable}, organisations read a batch at a time, the
 * terms and taxonomies they use last (HSDS asks a package not to carry unused terms). Its ETag is a hash of
 * the files' names and contents, not of the zip (whose entries carry the time they were written).
 */
@Component
class HsdsPackageWriter {

    /** Profiles read per SQL statement. */
    static final int BATCH = 200;

    /** The zip and the hash of what is in it. */
    record Written(byte[] zip, String etag) {}

    private final ProfileRows profiles;
    private final Vocabularies vocabularies;
    private final HsdsMapping mapping;
    private final DataPackageDescriptor descriptor;

    HsdsPackageWriter(
            ProfileRows profiles, Vocabularies vocabularies, HsdsMapping mapping, DataPackageDescriptor descriptor) {
        this.profiles = profiles;
        this.vocabularies = vocabularies;
        this.mapping = mapping;
        this.descriptor = descriptor;
    }

    Written write(Locale locale, Instant now) {
        Vocabulary vocabulary = vocabularies.of(locale);
        Set<UUID> usedTerms = new HashSet<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("datapackage.json", descriptor.json(locale));
        try (HsdsTables tables = new HsdsTables()) {
            long after = 0;
            List<ProfileRows.Row> batch;
            do {
                batch = profiles.openDataAfter(after, BATCH);
                for (ProfileRows.Row row : batch) {
                    Organization organization = mapping.organization(row, vocabulary, locale);
                    tables.add(organization);
                    usedTerms.addAll(termsOf(organization));
                    after = row.id();
                }
            } while (batch.size() == BATCH);
            List<TaxonomyTerm> terms = vocabulary.terms().stream()
                    .filter(term -> usedTerms.contains(term.id()))
                    .toList();
            terms.forEach(term -> tables.write(HsdsTable.TAXONOMY_TERM, term));
            Set<UUID> usedTaxonomies =
                    terms.stream().map(TaxonomyTerm::taxonomyId).collect(Collectors.toSet());
            vocabulary.taxonomies().stream()
                    .filter(taxonomy -> usedTaxonomies.contains(taxonomy.id()))
                    .forEach(taxonomy -> tables.write(HsdsTable.TAXONOMY, taxonomy));
            tables.close();
            for (HsdsTable table : HsdsTable.values()) {
                files.put(table.path, tables.file(table));
            }
        }
        return new Written(zip(files, now), etag(files));
    }

    private static List<UUID> termsOf(Organization organization) {
        List<UUID> terms = new ArrayList<>();
        List<Attribute> attributes = organization.attributes();
        if (attributes != null) {
            attributes.forEach(attribute -> terms.add(attribute.taxonomyTermId()));
        }
        List<Hsds.Location> locations = organization.locations();
        if (locations != null) {
            locations.forEach(
                    location -> location.attributes().forEach(attribute -> terms.add(attribute.taxonomyTermId())));
        }
        return terms;
    }

    private static byte[] zip(Map<String, byte[]> files, Instant now) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(now.toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A zip in memory cannot fail to be written", e);
        }
        return bytes.toByteArray();
    }

    /** A strong entity tag: the first 128 bits of the SHA-256 of every file's name and bytes. */
    static String etag(Map<String, byte[]> files) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
        files.forEach((name, content) -> {
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(content);
            sha256.update((byte) 0);
        });
        return "\"" + HexFormat.of().formatHex(sha256.digest(), 0, 16) + "\"";
    }
}
