package org.peacedirectory.api.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schemas the HSDS tests rely on do refuse what HSDS refuses, down to nested objects. */
class HsdsSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String VALID = """
            {"id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "name": "An organisation", "description": "What it does.",
             "attributes": [{"id": "ae58cc39-8b70-4ab1-8aea-786882e5ac8e",
                             "taxonomy_term": {"id": "3f7b145d-84af-42d7-8fae-eaca714b02b2", "name": "A term",
                                               "description": "What it means."}}]}""";

    @Test
    void acceptsAValidOrganizationAndRefusesMissingFieldsBadFormatsAndBadNestedTerms() {
        assertThat(HsdsSchemas.violations(HsdsSchemas.ORGANIZATION, JSON.readTree(VALID)))
                .isEmpty();

        assertThat(violations(VALID.replace("\"name\": \"An organisation\", ", "")))
                .isNotEmpty();
        assertThat(violations(VALID.replace("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "15")))
                .isNotEmpty();
        assertThat(violations(VALID.replace("\"name\": \"A term\",", ""))).isNotEmpty();
        assertThat(violations(VALID.replace("\"description\": \"What it does.\"", "\"description\": null")))
                .isNotEmpty();
    }

    @Test
    void readsTheAnswersOfHsdsOpenApiFromItsPaths() {
        JsonNode page = JSON.readTree("""
                {"total_items": 1, "total_pages": 1, "page_number": 1, "size": 1, "first_page": true,
                 "last_page": true, "empty": false, "contents": [{"id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"}]}""");

        assertThat(HsdsSchemas.violations(HsdsSchemas.answerTo("/organizations"), page))
                .isNotEmpty(); // the organisation has no name nor description
        assertThat(HsdsSchemas.violations(
                        HsdsSchemas.answerTo("/organizations"),
                        JSON.readTree("{\"total_items\": \"many\", \"contents\": []}")))
                .isNotEmpty();
    }

    private static java.util.List<String> violations(String organization) {
        return HsdsSchemas.violations(HsdsSchemas.ORGANIZATION, JSON.readTree(organization));
    }
}
