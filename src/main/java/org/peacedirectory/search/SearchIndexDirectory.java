package org.peacedirectory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the Lucene backend keeps its index: {@code directory.search.index-dir} ({@code ./data/search} by
 * default, next to the embedded database's data), read once, so that a value made at random (each test
 * context its own directory) is the same for Hibernate Search and for {@link SearchIndexing}.
 */
@Configuration(proxyBeanMethods = false)
class SearchIndexDirectory {

    private final Path path;

    SearchIndexDirectory(@Value("${directory.search.index-dir}") String indexDir) {
        this.path = Path.of(indexDir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the search index directory " + path, e);
        }
    }

    Path path() {
        return path;
    }

    /**
     * The Lucene index's root directory, unless the Hibernate Search settings name one themselves or choose
     * another backend (which would report the setting as unused).
     */
    @Bean
    HibernatePropertiesCustomizer searchIndexRoot() {
        return properties -> {
            Object backend = properties.getOrDefault("hibernate.search.backend.type", "lucene");
            if ("lucene".equals(String.valueOf(backend))) {
                properties.putIfAbsent("hibernate.search.backend.directory.root", path.toString());
            }
        };
    }
}
