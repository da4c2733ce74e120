package org.peacedirectory.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PostgreSQL server the app starts for itself when no external database is configured.
 *
 * @param dataDir     where the server keeps its data between runs
 * @param port        TCP port on localhost; 0 picks a free one at each start
 * @param startupWait how long to wait for the server, crash recovery included
 */
@ConfigurationProperties("directory.embedded-db")
record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("60s") Duration startupWait) {}
