package org.peacedirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second instance of the whole app, started beside a {@link DirectoryTest}'s own, as a load balancer
 * would have it: the same database (and, when given, the same search cluster), its own ports and its own
 * memory. Close it to stop it.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** On the test's database, with the local Lucene index of its own (search is not shared then). */
    public static SecondInstance start(JdbcConnectionDetails database, String... settings) {
        return new SecondInstance(run(List.of(PeaceDirectoryApplication.class), database, settings));
    }

    /** On the test's database, with classes of the test's own besides the app's (a controller, for instance). */
    public static SecondInstance startWith(List<Class<?>> beans, JdbcConnectionDetails database, String... settings) {
        List<Class<?>> sources = new ArrayList<>(List.of(PeaceDirectoryApplication.class));
        sources.addAll(beans);
        return new SecondInstance(run(sources, database, settings));
    }

    /** On the test's database and the test OpenSearch ({@link TestOpenSearch}): search shared too. */
    public static SecondInstance startWithSearchCluster(JdbcConnectionDetails database, String... settings) {
        List<String> all = new ArrayList<>(List.of("--directory.search.url=" + TestOpenSearch.url()));
        all.addAll(List.of(settings));
        return new SecondInstance(run(List.of(PeaceDirectoryApplication.class), database, all.toArray(String[]::new)));
    }

    private static ConfigurableApplicationContext run(
            List<Class<?>> sources, JdbcConnectionDetails database, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--directory.embedded-db.enabled=false",
                "--directory.demo-data=true",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(),
                // A local directory of its own, empty (the Lucene backend's, or only a marker with a cluster), and
                // a start that waits for any index build it makes, so that tests see it.
                "--directory.search.index-dir=target/search-index/" + UUID.randomUUID(),
                "--directory.search.rebuild-in-background=false",
                "--directory.events.resubmit-every=0s"));
        arguments.addAll(List.of(settings)); // later arguments win
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(arguments.toArray(String[]::new));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public WebClient web() {
        return new WebClient(port());
    }

    @Override
    public void close() {
        context.close();
    }
}
