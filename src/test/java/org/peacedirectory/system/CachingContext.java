package org.peacedirectory.system;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** A small Spring context with the app's caching alone ({@link PublishedDataCaches}), for the given settings. */
public final class CachingContext {

    private CachingContext() {}

    /** Started with the beans the caller registers (a class, or a name and an instance). */
    public static AnnotationConfigApplicationContext start(
            String lifetime, Consumer<AnnotationConfigApplicationContext> beans) {
        return start(Map.of("directory.search.cache-lifetime", lifetime), beans);
    }

    /** Started with these settings (the lifetime among them) and the beans the caller registers. */
    public static AnnotationConfigApplicationContext start(
            Map<String, Object> settings, Consumer<AnnotationConfigApplicationContext> beans) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance()); // "10m"
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", settings));
        context.register(CachingConfiguration.class, PublishedDataCaches.class);
        beans.accept(context);
        context.refresh();
        return context;
    }
}
