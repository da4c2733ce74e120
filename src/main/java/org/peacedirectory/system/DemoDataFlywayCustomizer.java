package org.peacedirectory.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Adds the demo data ({@code db/demo}) to Flyway's locations when demo data is on: by default with the
 * embedded database, never by default with an external one, and as {@code directory.demo-data} says
 * when set. Demo scripts are numbered between the schema versions they need (V3_1 after V3), so they
 * apply in order and once.
 */
@Component
class DemoDataFlywayCustomizer implements FlywayConfigurationCustomizer {

    static final String DEMO_LOCATION = "classpath:db/demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataFlywayCustomizer.class);

    private final boolean demoData;

    DemoDataFlywayCustomizer(Environment environment) {
        this.demoData = environment.getProperty(
                "directory.demo-data", Boolean.class, NoExternalDatabaseCondition.noExternalDatabase(environment));
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (!demoData) {
            return;
        }
        List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
        locations.add(new Location(DEMO_LOCATION));
        configuration.locations(locations.toArray(Location[]::new));
        log.info("Demo data is on: Flyway also applies {}", DEMO_LOCATION);
    }
}
