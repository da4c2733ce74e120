package org.peacedirectory.api.hsds;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tables of the data package: HSDS 3.0's resources that the directory fills, each with every field of
 * HSDS's own datapackage.json, in its order, type and format, required where HSDS requires it (its
 * {@code required} and {@code tabular_required}): a tool that reads HSDS packages finds every column it
 * expects. Foreign keys only to resources the package has ({@code HsdsDataPackageTest} compares all of it
 * with HSDS's datapackage.json).
 */
enum HsdsTable {
    ORGANIZATION(
            "organization",
            "organizations.csv",
            List.of(
                    Field.id(),
                    Field.required("name"),
                    Field.text("alternate_name"),
                    Field.required("description"),
                    new Field("email", "string", "email", false, false),
                    new Field("website", "string", "uri", false, false),
                    Field.text("tax_status"),
                    Field.text("tax_id"),
                    Field.number("year_incorporated"),
                    Field.text("legal_status"),
                    Field.text("logo"),
                    new Field("uri", "string", "uri", false, false),
                    Field.uuid("parent_organization_id", false)),
            List.of()),
    LOCATION(
            "location",
            "locations.csv",
            List.of(
                    Field.id(),
                    Field.required("location_type"),
                    new Field("url", "string", "uri", false, false),
                    Field.uuid("organization_id", false),
                    Field.text("name"),
                    Field.text("alternate_name"),
                    Field.text("description"),
                    Field.text("transportation"),
                    Field.number("latitude"),
                    Field.number("longitude"),
                    Field.text("external_identifier"),
                    Field.text("external_identifier_type")),
            List.of(new ForeignKey("organization_id", "organization"))),
    PHONE(
            "phone",
            "phones.csv",
            List.of(
                    Field.id(),
                    Field.uuid("location_id", false),
                    Field.uuid("service_id", false),
                    Field.uuid("organization_id", false),
                    Field.uuid("contact_id", false),
                    Field.uuid("service_at_location_id", false),
                    Field.required("number"),
                    Field.number("extension"),
                    Field.text("type"),
                    Field.text("description")),
            List.of(new ForeignKey("location_id", "location"), new ForeignKey("organization_id", "organization"))),
    ATTRIBUTE(
            "attribute",
            "attributes.csv",
            List.of(
                    Field.id(),
                    Field.uuid("link_id", true),
                    Field.uuid("taxonomy_term_id", true),
                    Field.text("link_type"),
                    Field.required("link_entity"),
                    Field.text("value")),
            List.of(new ForeignKey("taxonomy_term_id", "taxonomy_term"))),
    TAXONOMY_TERM(
            "taxonomy_term",
            "taxonomy_terms.csv",
            List.of(
                    Field.id(),
                    new Field("code", "string", null, false, true),
                    Field.required("name"),
                    Field.required("description"),
                    Field.uuid("parent_id", false),
                    Field.text("taxonomy"),
                    Field.text("language"),
                    Field.uuid("taxonomy_id", false),
                    new Field("term_uri", "string", "uri", false, false)),
            List.of(new ForeignKey("taxonomy_id", "taxonomy"))),
    METADATA(
            "metadata",
            "metadata.csv",
            List.of(
                    Field.id(),
                    Field.uuid("resource_id", true),
                    Field.required("resource_type"),
                    new Field("last_action_date", "date", null, true, false),
                    Field.required("last_action_type"),
                    Field.required("field_name"),
                    Field.required("previous_value"),
                    Field.required("replacement_value"),
                    Field.required("updated_by")),
            List.of()),
    TAXONOMY(
            "taxonomy",
            "taxonomies.csv",
            List.of(
                    Field.id(),
                    Field.required("name"),
                    Field.required("description"),
                    new Field("uri", "string", "uri", false, false),
                    Field.text("version")),
            List.of());

    /** A column: its HSDS name, Table Schema type and format, whether it must be filled and be unique. */
    record Field(String name, String type, @Nullable String format, boolean required, boolean unique) {

        static Field id() {
            return new Field("id", "string", "uuid", true, true);
        }

        static Field uuid(String name, boolean required) {
            return new Field(name, "string", "uuid", required, false);
        }

        static Field text(String name) {
            return new Field(name, "string", null, false, false);
        }

        static Field required(String name) {
            return new Field(name, "string", null, true, false);
        }

        static Field number(String name) {
            return new Field(name, "number", null, false, false);
        }
    }

    /** A column that holds the {@code id} of another table's row. */
    record ForeignKey(String field, String resource) {}

    final String resource;
    final String path;
    final List<Field> fields;
    final List<ForeignKey> foreignKeys;

    HsdsTable(String resource, String path, List<Field> fields, List<ForeignKey> foreignKeys) {
        this.resource = resource;
        this.path = path;
        this.fields = fields;
        this.foreignKeys = foreignKeys;
    }

    List<String> columns() {
        return fields.stream().map(Field::name).toList();
    }
}
