package org.peacedirectory.system;

import java.lang.reflect.Type;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.type.format.AbstractJsonFormatMapper;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where JSON columns ({@code @JdbcTypeCode(SqlTypes.JSON)} attributes, such as a submission's
 * proposal) become objects and back: Hibernate does it through {@link JsonDocuments}, with the application's own
 * Jackson 3 mapper.
 * Hibernate 7.2 knows only Jackson 2, which it would otherwise pick up because other libraries bring it
 * along (Flyway, Hibernate Search's outbox), with its own defaults: it fails on a property it does not
 * know, so a field removed from a record would stop old revisions from loading. Hibernate 7.3 has a
 * Jackson 3 mapper of its own.
 */
@Configuration(proxyBeanMethods = false)
class JsonColumns {

    @Bean
    HibernatePropertiesCustomizer jsonColumnFormat(JsonDocuments json) {
        return properties -> properties.put(AvailableSettings.JSON_FORMAT_MAPPER, new JacksonFormat(json));
    }

    /** Reads and writes a column's JSON text for the attribute's declared (possibly generic) type. */
    static final class JacksonFormat extends AbstractJsonFormatMapper {

        private final JsonDocuments json;

        JacksonFormat(JsonDocuments json) {
            this.json = json;
        }

        @Override
        protected <T> T fromString(CharSequence text, Type type) {
            return json.read(text.toString(), type);
        }

        @Override
        protected <T> String toString(T value, Type type) {
            return json.write(value, type);
        }
    }
}
