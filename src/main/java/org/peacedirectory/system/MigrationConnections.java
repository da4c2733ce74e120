package org.peacedirectory.system;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Migrations connect on their own rather than through the pool, so that the pool's limits for requests
 * (a statement cancelled after seconds, a read that may wait only seconds) never cut short a migration
 * that rewrites a large table.
 */
@Component
class MigrationConnections implements FlywayConfigurationCustomizer {

    private final JdbcConnectionDetails database;

    MigrationConnections(JdbcConnectionDetails database) {
        this.database = database;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.dataSource(database.getJdbcUrl(), database.getUsername(), database.getPassword());
    }
}
