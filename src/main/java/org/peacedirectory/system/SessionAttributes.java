package org.peacedirectory.system;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How Spring Session JDBC writes and reads a session's attributes ({@code spring_session_attributes}): Java
 * serialisation, as by default, except that an attribute this version of the app cannot read back (written
 * by another version whose classes changed, or by another Spring Security: its classes' serial version is
 * its own version) reads as absent rather than failing every request of that session with a 500. Without
 * its security context the moderator is simply asked to log in again.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributes {

    private static final Logger log = LoggerFactory.getLogger(SessionAttributes.class);

    /** Spring Session JDBC uses the conversion service of this name when there is one. */
    @Bean
    GenericConversionService springSessionConversionService() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(new Unreadable(SessionAttributes.class.getClassLoader()));
        return conversions;
    }

    /** Java deserialisation, and null for an attribute that does not deserialise. */
    static final class Unreadable implements GenericConverter {

        private final DeserializingConverter deserializer;

        Unreadable(@Nullable ClassLoader classLoader) {
            this.deserializer = new DeserializingConverter(classLoader);
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(byte[].class, Object.class));
        }

        @Override
        public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (!(source instanceof byte[] bytes)) {
                return null;
            }
            try {
                return deserializer.convert(bytes);
            } catch (SerializationFailedException unreadable) {
                log.warn(
                        "A session attribute could not be read (written by another version?), taken as absent: {}",
                        NestedExceptionUtils.getMostSpecificCause(unreadable).toString());
                return null;
            }
        }
    }
}
