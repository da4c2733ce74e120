package org.peacedirectory.api.hsds;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.api.hsds.Hsds.Attribute;
import org.peacedirectory.api.hsds.Hsds.Location;
import org.peacedirectory.api.hsds.Hsds.Organization;
import org.peacedirectory.system.SpreadsheetCells;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The CSV files of the data package being written: one per {@link HsdsTable}, each written row by row as
 * organisations are read (through Jackson's CSV module: RFC 4180, CRLF line ends, a header row, quotes only
 * where needed; UTF-8 without a byte-order mark, which Frictionless tools would read as part of the first
 * column's name). A cell holds the object's property of the column's name, empty when it has none;
 * text that a spreadsheet would run as a formula is neutralised ({@link SpreadsheetCells}).
 */
final class HsdsTables implements AutoCloseable {

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<HsdsTable, ByteArrayOutputStream> files = new EnumMap<>(HsdsTable.class);
    private final Map<HsdsTable, SequenceWriter> rows = new EnumMap<>(HsdsTable.class);
    private final Map<HsdsTable, Integer> counts = new EnumMap<>(HsdsTable.class);
    private boolean closed;

    HsdsTables() {
        for (HsdsTable table : HsdsTable.values()) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
            table.columns().forEach(schema::addColumn);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            Writer text = new OutputStreamWriter(file, StandardCharsets.UTF_8);
            files.put(table, file);
            rows.put(table, CSV.writerFor(Map.class).with(schema.build()).writeValues(text));
        }
    }

    /** An organisation's rows: itself, its location, phone, attributes (its location's too) and metadata. */
    void add(Organization organization) {
        write(HsdsTable.ORGANIZATION, organization);
        for (Location location : listOrEmpty(organization.locations())) {
            write(HsdsTable.LOCATION, location);
            location.attributes().forEach(attribute -> write(HsdsTable.ATTRIBUTE, attribute));
        }
        listOrEmpty(organization.phones()).forEach(phone -> write(HsdsTable.PHONE, phone));
        for (Attribute attribute : listOrEmpty(organization.attributes())) {
            write(HsdsTable.ATTRIBUTE, attribute);
        }
        listOrEmpty(organization.metadata()).forEach(metadata -> write(HsdsTable.METADATA, metadata));
    }

    /** A row of a table that is not an organisation's (taxonomies, terms). */
    void write(HsdsTable table, Object object) {
        JsonNode properties = JSON.valueToTree(object);
        Map<String, String> row = new LinkedHashMap<>();
        for (HsdsTable.Field field : table.fields) {
            JsonNode value = properties.get(field.name());
            row.put(field.name(), cell(value));
        }
        Objects.requireNonNull(rows.get(table), "every table has its writer").write(row);
        counts.merge(table, 1, Integer::sum);
    }

    /** Closes every file; then {@link #file} gives its bytes. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            rows.values().forEach(SequenceWriter::close);
        }
    }

    /** The file's bytes: its rows, or its header alone when it has none (Jackson writes it with the first). */
    byte[] file(HsdsTable table) {
        if (!counts.containsKey(table)) {
            return (String.join(",", table.columns()) + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
        return Objects.requireNonNull(files.get(table), "every table has its file")
                .toByteArray();
    }

    /** How many rows the table has. */
    int rows(HsdsTable table) {
        return counts.getOrDefault(table, 0);
    }

    private static String cell(@Nullable JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isNumber() ? value.asString() : SpreadsheetCells.text(value.asString());
    }

    private static <T> List<T> listOrEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
