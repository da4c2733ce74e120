package org.peacedirectory.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.core.annotation.AliasFor;

/**
 * Keeps what the method returns, per method and argument values, in one of the {@link PublishedDataCaches}:
 * at most {@code directory.search.cache-lifetime}, and forgotten as soon as published data changes.
 * Synchronised ({@code sync}): the key, which carries the caches' generation, is taken once before the
 * method reads anything and the value is stored under that same key, so a value computed from data read
 * before a change is never found after it (see {@link PublishedDataCaches#forgetAll()}); and callers
 * asking for the same key meanwhile wait for that one computation. Nothing is kept or read while this
 * instance may have missed another's publication for too long ({@link PublishedDataCaches#keeping()}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Cacheable(keyGenerator = PublishedDataCaches.BEAN, cacheResolver = PublishedDataCaches.BEAN, sync = true)
public @interface CachedUntilPublish {

    /** The cache's name: one of the constants of {@link PublishedDataCaches}. */
    @AliasFor(annotation = Cacheable.class, attribute = "cacheNames")
    String value();

    /** A SpEL condition that must hold for the value to be looked up and kept (default: always). */
    @AliasFor(annotation = Cacheable.class, attribute = "condition")
    String condition() default "";
}
