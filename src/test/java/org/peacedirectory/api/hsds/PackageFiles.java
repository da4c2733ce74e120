package org.peacedirectory.api.hsds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The files of a data package's zip, read back as a reuser reads them. */
record PackageFiles(Map<String, byte[]> files) {

    static PackageFiles of(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), entries.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageFiles(files);
    }

    String text(String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new AssertionError("No " + name + " in the package: " + files.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Every file's text, one after the other: what a search of the whole package sees. */
    String allText() {
        StringBuilder all = new StringBuilder();
        files.keySet().forEach(name -> all.append(text(name)).append('\n'));
        return all.toString();
    }

    /** A CSV file's rows, by column name; empty cells as empty strings. */
    List<Map<String, String>> rows(String name) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text(name))) {
            return rows.readAll();
        }
    }

    /** A CSV file's first line, its column names. */
    List<String> header(String name) {
        return List.of(text(name).split("\r\n", 2)[0].split(","));
    }
}
