package org.peacedirectory.system;

import java.lang.reflect.Type;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where JSON stored or built by the database becomes objects and back, with the application's
 * Jackson 3 mapper: JSON columns (through {@link JsonColumns}) and JSON that a query aggregates
 * ({@code json_agg}).
 */
@Component
public class JsonDocuments {

    private final JsonMapper json;

    JsonDocuments(JsonMapper json) {
        this.json = json;
    }

    /** A JSON text as the given type (a generic one too). */
    public <T> T read(String text, TypeReference<T> type) {
        return json.readValue(text, type);
    }

    <T> T read(String text, Type type) {
        return json.readValue(text, json.constructType(type));
    }

    <T> String write(T value, Type type) {
        return json.writerFor(json.constructType(type)).writeValueAsString(value);
    }
}
