package org.peacedirectory.api.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peacedirectory.system.DataLicence;
import org.peacedirectory.system.SiteUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The package's {@code datapackage.json}: a Frictionless Tabular Data Package (v1) whose resources are the
 * {@link HsdsTable}s with HSDS's fields, under the data licence (CC BY 4.0), the directory as its source.
 * Descriptions are the directory's own (HSDS's are under CC BY-SA, which would bind the package to it).
 * Nothing in it changes from one generation to the next unless the data or the site's address does, so an
 * unchanged directory gives the same bytes (and the same ETag).
 */
@Component
class DataPackageDescriptor {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The licence by its Open Definition identifier, as Frictionless names licences. */
    static final String LICENCE_ID = "CC-BY-4.0";

    private final MessageSource messages;
    private final SiteUrl siteUrl;

    DataPackageDescriptor(MessageSource messages, SiteUrl siteUrl) {
        this.messages = messages;
        this.siteUrl = siteUrl;
    }

    byte[] json(Locale locale) {
        String site = messages.getMessage("site.name", null, locale);
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", "peace-directory-hsds-" + locale.getLanguage());
        descriptor.put("title", messages.getMessage("hsds.package.title", new Object[] {site}, locale));
        descriptor.put(
                "description",
                messages.getMessage("hsds.package.description", new Object[] {site, siteUrl.base() + "/"}, locale));
        descriptor.put("homepage", siteUrl.base() + "/");
        descriptor.put("keywords", List.of("HSDS", "HSDS 3.0", "Open Referral", "peacebuilding"));
        descriptor.put(
                "licenses",
                List.of(ordered(
                        "name",
                        LICENCE_ID,
                        "path",
                        DataLicence.URL,
                        "title",
                        "Creative Commons Attribution 4.0 International")));
        descriptor.put("sources", List.of(ordered("title", site, "path", siteUrl.base() + "/")));
        List<Map<String, Object>> resources = new ArrayList<>();
        for (HsdsTable table : HsdsTable.values()) {
            resources.add(resource(table, locale));
        }
        descriptor.put("resources", resources);
        return JSON.writeValueAsBytes(descriptor);
    }

    private Map<String, Object> resource(HsdsTable table, Locale locale) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", table.resource);
        resource.put("path", table.path);
        resource.put("description", messages.getMessage("hsds.resource." + table.resource, null, locale));
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        List<Map<String, Object>> fields = new ArrayList<>();
        for (HsdsTable.Field field : table.fields) {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("name", field.name());
            described.put("type", field.type());
            if (field.format() != null) {
                described.put("format", field.format());
            }
            described.put("constraints", ordered("required", field.required(), "unique", field.unique()));
            fields.add(described);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("primaryKey", "id");
        if (!table.foreignKeys.isEmpty()) {
            schema.put(
                    "foreignKeys",
                    table.foreignKeys.stream()
                            .map(key -> ordered(
                                    "fields",
                                    key.field(),
                                    "reference",
                                    ordered("resource", key.resource(), "fields", "id")))
                            .toList());
        }
        resource.put("schema", schema);
        return resource;
    }

    /** A map of the given keys and values, in that order (the file's bytes must not change between runs). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
