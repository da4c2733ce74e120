package org.peacedirectory.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the app when no external database is configured, so that a fresh machine
 * needs nothing but a JDK. Boot's own DataSource, Flyway and JPA then connect to it through
 * {@link JdbcConnectionDetails}; Spring closes the pool first and stops the server last.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        return new EmbeddedPostgresLauncher(properties).start();
    }

    /**
     * Depends on the server, so that Spring stops it (its thread ended, no more restarts) before stopping
     * the server.
     */
    @Bean
    EmbeddedPostgresSupervisor embeddedPostgresSupervisor(
            EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        return new EmbeddedPostgresSupervisor(properties.dataDir(), properties.startupWait()).start();
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl(EmbeddedPostgresLauncher.USER, EmbeddedPostgresLauncher.DATABASE);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return EmbeddedPostgresLauncher.USER;
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
