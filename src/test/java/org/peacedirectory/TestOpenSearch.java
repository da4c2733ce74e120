package org.peacedirectory;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The real OpenSearch the Elasticsearch backend's tests run against: a Testcontainers
 * {@code opensearchproject/opensearch} where Docker is available (as {@link TestDatabase} decides),
 * otherwise a single node started from the test classpath in a process of its own (these machines have
 * no Docker). One node for the whole test run, started on first use, stopped when the run ends. Imported
 * into a test context, it points the app at the node ({@code directory.search.url}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestOpenSearch {

    /** The version of the {@code org.opensearch:opensearch} test dependency (pom.xml), for the image too. */
    static final String VERSION = "2.19.6";

    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Bean
    static DynamicPropertyRegistrar openSearchUrl() {
        return registry -> registry.add("directory.search.url", TestOpenSearch::url);
    }

    /**
     * A database of its own on the test run's PostgreSQL: organisations published in these contexts go to
     * OpenSearch, and must not appear in the database of the contexts whose Lucene index never saw them.
     */
    @Bean
    @Primary
    JdbcConnectionDetails searchEngineTestDatabase(JdbcConnectionDetails shared) {
        String url = OwnDatabase.of(shared, "opensearch_tests");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return shared.getUsername();
            }

            @Override
            public String getPassword() {
                return shared.getPassword();
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    /** Creates a database beside the shared one (once per run) and gives its address. */
    private static final class OwnDatabase {
        private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

        static synchronized String of(JdbcConnectionDetails shared, String name) {
            Matcher parts = URL.matcher(shared.getJdbcUrl());
            if (!parts.matches()) {
                throw new IllegalStateException("Not a PostgreSQL address: " + shared.getJdbcUrl());
            }
            try (Connection connection = DriverManager.getConnection(
                            shared.getJdbcUrl(), shared.getUsername(), shared.getPassword());
                    Statement statement = connection.createStatement()) {
                try (ResultSet exists =
                        statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (!exists.next()) {
                        statement.execute("create database " + name);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test database " + name, e);
            }
            return parts.group(1) + name + parts.group(3);
        }
    }

    /** The node's HTTP address, such as {@code http://127.0.0.1:41234}; starts the node on first call. */
    public static String url() {
        return Running.NODE.url();
    }

    /** How long the node took from launch to a green cluster. */
    public static Duration startTime() {
        return Running.NODE.startTime();
    }

    /** GETs a path of the node's REST API and returns the body (for tests that look at the index itself). */
    public static String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).GET(), url() + path);
    }

    /** POSTs to a path of the node's REST API with no body (to close or open an index, for instance). */
    public static String post(String path) {
        return send(
                HttpRequest.newBuilder(URI.create(url() + path)).POST(HttpRequest.BodyPublishers.noBody()),
                url() + path);
    }

    /**
     * Whether the node is this run's own child process, which {@link #freeze()} can stop (not a container).
     */
    public static boolean canFreeze() {
        return Running.NODE.process() != null;
    }

    /** Stops the node's process (SIGSTOP): it accepts connections, as a frozen server does, but answers nothing. */
    public static void freeze() {
        signal("STOP");
    }

    /** Lets the frozen node run again (SIGCONT). */
    public static void thaw() {
        signal("CONT");
    }

    private static void signal(String name) {
        Process node = Running.NODE.process();
        if (node == null) {
            throw new IllegalStateException("The OpenSearch node is not a child process of this run");
        }
        try {
            int exit = new ProcessBuilder("kill", "-" + name, String.valueOf(node.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + name + " " + node.pid() + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Node(String url, Duration startTime, Process process) {}

    private record Started(String url, Process process) {}

    private static final class Running {
        static final Node NODE = start();

        private static Node start() {
            long started = System.nanoTime();
            Started node = TestDatabase.dockerAvailable() ? new Started(startContainer(), null) : startProcess();
            String url = node.url();
            // One node: replicas could never be assigned, and the cluster would stay yellow.
            send(
                    HttpRequest.newBuilder(URI.create(url + "/_cluster/settings"))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(
                                    "{\"persistent\":{\"cluster.default_number_of_replicas\":0}}")),
                    url);
            String health = send(
                    HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=green&timeout=30s"))
                            .GET(),
                    url);
            if (!health.contains("\"status\":\"green\"")) {
                throw new IllegalStateException("OpenSearch at " + url + " is not green: " + health);
            }
            return new Node(url, Duration.ofNanos(System.nanoTime() - started), node.process());
        }
    }

    private static String startContainer() {
        GenericContainer<?> container = new GenericContainer<>(
                        DockerImageName.parse("opensearchproject/opensearch:" + VERSION))
                .withEnv("discovery.type", "single-node")
                .withEnv("DISABLE_SECURITY_PLUGIN", "true")
                .withEnv("DISABLE_INSTALL_DEMO_CONFIG", "true")
                .withEnv("OPENSEARCH_JAVA_OPTS", "-Xms256m -Xmx256m")
                .withExposedPorts(9200)
                .waitingFor(Wait.forHttp("/_cluster/health").forPort(9200).withStartupTimeout(START_LIMIT));
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "opensearch-container-stop"));
        return "http://" + container.getHost() + ":" + container.getMappedPort(9200);
    }

    /**
     * Starts {@link OpenSearchNodeMain} in a child JVM on free ports with a temporary home, and waits until
     * it says it started (its HTTP port is then open). The child gets the test classpath without Boot's
     * log4j-to-slf4j bridge, and log4j-core's provider named besides, so the node's logging works.
     */
    private static Started startProcess() {
        try {
            Path home = Files.createTempDirectory("opensearch-test-");
            int httpPort = freePort();
            int transportPort = freePort();
            String javaCommand =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = Arrays.stream(
                            System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.contains("log4j-to-slf4j"))
                    .collect(Collectors.joining(File.pathSeparator));
            Process process = new ProcessBuilder(
                            javaCommand,
                            "-Xms256m",
                            "-Xmx256m",
                            "-XX:+UseSerialGC",
                            "-Dlog4j.provider=org.apache.logging.log4j.core.impl.Log4jProvider",
                            "-cp",
                            classpath,
                            OpenSearchNodeMain.class.getName(),
                            String.valueOf(httpPort),
                            String.valueOf(transportPort),
                            home.toString())
                    .redirectErrorStream(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, home), "opensearch-node-stop"));
            awaitStarted(process, home);
            return new Started("http://127.0.0.1:" + httpPort, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the child's output until its start line; the rest goes to a log file in its home. */
    private static void awaitStarted(Process process, Path home) {
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Deque<String> lastLines = new ArrayDeque<>();
        CompletableFuture<Boolean> started = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.equals("OpenSearch node started")) {
                        return true;
                    }
                    synchronized (lastLines) {
                        lastLines.addLast(line);
                        if (lastLines.size() > 40) {
                            lastLines.removeFirst();
                        }
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        boolean up;
        try {
            up = started.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            up = false;
        }
        if (!up) {
            process.destroyForcibly();
            synchronized (lastLines) {
                throw new IllegalStateException("The OpenSearch node did not start:\n" + String.join("\n", lastLines));
            }
        }
        Thread drain = new Thread(() -> copyToLog(output, home.resolve("node.log")), "opensearch-node-output");
        drain.setDaemon(true);
        drain.start();
    }

    private static void copyToLog(BufferedReader output, Path log) {
        try (Writer writer = Files.newBufferedWriter(log)) {
            output.transferTo(writer);
        } catch (IOException ignored) {
            // the node stopped
        }
    }

    private static void stop(Process process, Path home) {
        try (OutputStream stdin = process.getOutputStream()) {
            // closing the child's standard input tells it to stop
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(home)) {
            List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : deepestFirst) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String send(HttpRequest.Builder request, String url) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(40)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "OpenSearch at " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
