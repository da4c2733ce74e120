package org.peacedirectory.system;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Migrations connect on their own rather than through the pool, so that the pool's limits for requests
 * (a statement cancelled after seconds, a read that may wait only seconds) never cut short a migration
 * that rewrites a large table. Connections given to Flyway by its own settings ({@code spring.flyway.url}
 * or {@code .user}) are left as they are.
 */
@Component
class MigrationConnections implements FlywayConfigurationCustomizer {

    private final JdbcConnectionDetails database;
    private final boolean flywayHasItsOwn;

    MigrationConnections(JdbcConnectionDetails database, Environment environment) {
        this.database = database;
        this.flywayHasItsOwn = StringUtils.hasText(environment.getProperty("spring.flyway.url"))
                || StringUtils.hasText(environment.getProperty("spring.flyway.user"));
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (!flywayHasItsOwn) {
            configuration.dataSource(database.getJdbcUrl(), database.getUsername(), database.getPassword());
        }
    }
}
