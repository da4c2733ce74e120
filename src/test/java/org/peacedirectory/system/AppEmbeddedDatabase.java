package org.peacedirectory.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** The embedded PostgreSQL exactly as the app starts it, for tests outside this package. */
public final class AppEmbeddedDatabase {

    public static final String DEMO_DATA = DemoDataFlywayCustomizer.DEMO_LOCATION;

    private AppEmbeddedDatabase() {}

    public static EmbeddedPostgres start(Path dataDir) throws IOException {
        return new EmbeddedPostgresLauncher(new EmbeddedDatabaseProperties(dataDir, 0, Duration.ofSeconds(60))).start();
    }
}
