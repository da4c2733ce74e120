package org.peacedirectory.api.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * HSDS 3.0's JSON Schemas (copied into src/test/resources/hsds-3.0, CC BY-SA 4.0, Open Referral) and the
 * Frictionless Tabular Data Package schema, through networknt's validator: JSON Schema 2020-12 (HSDS's
 * dialect), formats asserted (uuid, uri, email). HSDS's absolute addresses are read from the copies, so
 * nothing is fetched.
 */
final class HsdsSchemas {

    /** The OpenAPI answer schema of an HSDS path, e.g. {@code /organizations}. */
    static String answerTo(String path) {
        return "classpath:hsds-3.0/openapi.json#/paths/"
                + path.replace("~", "~0").replace("/", "~1") + "/get/responses/200/content/application~1json/schema";
    }

    static final String ORGANIZATION = "classpath:hsds-3.0/organization.json";
    static final String TAXONOMY_TERM = "classpath:hsds-3.0/taxonomy_term.json";
    /** HSDS's compiled tabular schema: every table of a package as an array of its rows. */
    static final String TABULAR = "classpath:hsds-3.0/tabular.json";

    static final String TABULAR_DATA_PACKAGE = "classpath:frictionless/tabular-data-package.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(
                    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/",
                    "classpath:hsds-3.0/")));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private HsdsSchemas() {}

    /** What in the JSON the schema refuses; nothing when it is valid. */
    static List<String> violations(String schema, JsonNode json) {
        Schema loaded = SCHEMAS.computeIfAbsent(schema, location -> {
            Schema read = REGISTRY.getSchema(SchemaLocation.of(location));
            read.initializeValidators();
            return read;
        });
        List<Error> errors = loaded.validate(
                json, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }

    static void assertValid(String schema, JsonNode json) {
        assertThat(violations(schema, json)).as("%s against %s", json, schema).isEmpty();
    }
}
