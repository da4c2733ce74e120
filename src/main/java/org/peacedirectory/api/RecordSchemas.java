package org.peacedirectory.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the answers' records say and springdoc does not read: which members are always there and which may
 * be null (JSpecify's {@code @Nullable}, a type annotation). Every member of an answer is written, null or
 * not, so a member is {@code required}, and one that may be null takes {@code null} as well as its type
 * (OpenAPI 3.1 is JSON Schema: {@code "type": ["string", "null"]}, or {@code anyOf} with a reference).
 */
final class RecordSchemas {

    private RecordSchemas() {}

    /** Describes the records reachable from these answers' records, whose schemas are named after them. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void describe(OpenAPI openApi, Class<?>... answers) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        for (Class<?> record : reachable(answers)) {
            schemas.forEach((name, schema) -> {
                boolean named = name.equals(record.getSimpleName())
                        || (record.getTypeParameters().length > 0 && name.startsWith(record.getSimpleName()));
                if (named && schema.getProperties() != null) {
                    describe(record, schema);
                }
            });
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(Class<?> record, Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            @Nullable Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            required.add(component.getName());
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                properties.put(component.getName(), orNull(property));
            }
        }
        schema.setRequired(required);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema orNull(Schema property) {
        if (property.get$ref() != null) {
            return new Schema<>().anyOf(List.of(property, new Schema<>().types(Set.of("null"))));
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }

    /** The records of this package these lead to, through their members and the members' type arguments. */
    private static Set<Class<?>> reachable(Class<?>... answers) {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Type> toSee = new ArrayDeque<>(List.of(answers));
        while (!toSee.isEmpty()) {
            Type type = toSee.pop();
            if (type instanceof ParameterizedType generic) {
                toSee.addAll(List.of(generic.getActualTypeArguments()));
                toSee.push(generic.getRawType());
            } else if (type instanceof Class<?> candidate
                    && candidate.isRecord()
                    && candidate.getPackageName().equals(RecordSchemas.class.getPackageName())
                    && found.add(candidate)) {
                for (RecordComponent component : candidate.getRecordComponents()) {
                    toSee.push(component.getGenericType());
                }
            }
        }
        return found;
    }
}
