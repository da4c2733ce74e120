package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.peacedirectory.FormSession;
import org.peacedirectory.NuHtmlChecker;
import org.peacedirectory.Prometheus;
import org.peacedirectory.moderation.Moderators;
import org.peacedirectory.submission.FormStamp;
import org.peacedirectory.submission.SubmissionTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app as installed by default (its own embedded PostgreSQL, on a data directory of this test) while
 * PostgreSQL fails: killed (kill -9 of the postmaster), or frozen (SIGSTOP). Real HTTP throughout. Its data
 * directory is under target/, removed by {@code mvn clean}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "directory.embedded-db.enabled=true",
            "directory.demo-data=true",
            "directory.submissions.per-ip-per-hour=100000",
            "directory.search.index-dir=target/search-index/${random.uuid}",
            "directory.search.rebuild-in-background=false",
            "management.server.port=0"
        })
@Import(SubmissionTestSupport.class)
@DirtiesContext // its app and PostgreSQL stop after this class rather than at the end of the suite
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DatabaseOutageTest {

    private static final String PROFILE = "/organisations/conascipal";
    /** Tells apart addresses that no reader asked before, so that the page cache cannot answer them. */
    private static final AtomicInteger FRESH = new AtomicInteger();

    private static final Pattern THANKS = Pattern.compile("/submissions/([A-Za-z0-9_-]+)/thanks$");
    private static final Duration PAGE_DEADLINE = Duration.ofSeconds(5);

    @DynamicPropertySource
    static void ownDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path target = Files.createDirectories(Path.of("target"));
        Path dataDir = Files.createTempDirectory(target, "outage-test-postgres").toAbsolutePath();
        registry.add("directory.embedded-db.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    EmbeddedDatabaseProperties properties;

    @Autowired
    SubmissionTestSupport submissions;

    @Autowired
    FormStamp stamps;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TaskScheduler housekeeping;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void postgresRunsAgain() {
        waitFor(Duration.ofSeconds(60), () -> get(freshProfile(), "en").statusCode() == 200);
    }

    /**
     * The profile at an address no reader asked before (an unknown query parameter, which the page ignores),
     * so that it is rendered from the database: the same page asked again is kept rendered, and served
     * while the database is down (see {@link #aReaderGetsTheUnavailablePageInTheirLanguageWithinSecondsWhilePostgresIsDown}).
     */
    private static String freshProfile() {
        return PROFILE + "?fresh=" + FRESH.incrementAndGet();
    }

    @Test
    void acknowledgedSubmissionsSurviveAKillOfPostgresAndTheAppRecoversWithoutARestart() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        BlockingQueue<String> justAcknowledged = new LinkedBlockingQueue<>();
        Map<Integer, AtomicInteger> writerStatuses = new ConcurrentHashMap<>();
        List<Answer> readerAnswers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger names = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int writer = 0; writer < 3; writer++) {
            clients.add(new Thread(() -> {
                FormSession browser = new FormSession(port, "en");
                while (running.get()) {
                    int status = submitOnce(
                            browser,
                            "Outage test organisation " + names.incrementAndGet(),
                            acknowledged,
                            justAcknowledged);
                    writerStatuses
                            .computeIfAbsent(status, key -> new AtomicInteger())
                            .incrementAndGet();
                }
            }));
        }
        clients.add(new Thread(() -> {
            while (running.get()) {
                long sentAt = System.nanoTime();
                int status = get(freshProfile(), "en").statusCode();
                readerAnswers.add(new Answer(sentAt, System.nanoTime(), status));
            }
        }));
        clients.forEach(Thread::start);
        try {
            waitFor(Duration.ofSeconds(60), () -> acknowledged.size() >= 30);
            justAcknowledged.clear();
            assertThat(justAcknowledged.poll(30, TimeUnit.SECONDS)).isNotNull(); // killed right after a commit

            long killedAt;
            long backAt;
            try (HeldBackend held = holdBackend()) { // delays the restart, so that the outage can be seen
                killedAt = System.nanoTime();
                killPostmaster();
                waitFor(Duration.ofSeconds(20), () -> answeredAfter(readerAnswers, killedAt, 503));
            }
            backAt = waitUntilPostgresAnswers();
            int acknowledgedWhenBack = acknowledged.size();

            waitFor(Duration.ofSeconds(10), () -> answeredAfter(readerAnswers, backAt, 200));
            waitFor(Duration.ofSeconds(30), () -> acknowledged.size() >= acknowledgedWhenBack + 10);
            long firstPageAfterBack = readerAnswers.stream()
                    .filter(answer -> answer.sentAt() >= backAt && answer.status() == 200)
                    .mapToLong(Answer::answeredAt)
                    .min()
                    .orElseThrow();
            String writersAnswered = writerStatuses.toString(); // before the count, which only grows
            System.out.printf(
                    "Outage: writers answered %s; %d submissions acknowledged; reader answers while"
                            + " down %s; a page 200 again %d ms after PostgreSQL answered%n",
                    writersAnswered,
                    acknowledged.size(),
                    statuses(readerAnswers, killedAt, backAt),
                    TimeUnit.NANOSECONDS.toMillis(firstPageAfterBack - backAt));
        } finally {
            running.set(false);
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(30).toMillis());
            }
        }

        List<String> lost = acknowledged.stream()
                .filter(token -> get("/submissions/" + token, "en").statusCode() != 200)
                .toList();
        assertThat(lost)
                .as("acknowledged submissions missing after the crash (of %d)", acknowledged.size())
                .isEmpty();
        assertThat(writerStatuses).as("form answers (status → count)").doesNotContainKey(500);
        assertThat(readerAnswers).extracting(Answer::status).doesNotContain(500);
    }

    @Test
    void aReaderGetsTheUnavailablePageInTheirLanguageWithinSecondsWhilePostgresIsDown() throws Exception {
        String kept = get(PROFILE, "en").body();
        try (HeldBackend held = holdBackend()) {
            killPostmaster();
            HttpResponse<String> keptPage = get(PROFILE, "en");
            assertThat(keptPage.statusCode())
                    .as("a page kept rendered needs no database")
                    .isEqualTo(200);
            assertThat(keptPage.body()).isEqualTo(kept);
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                long started = System.nanoTime();
                HttpResponse<String> page = get(freshProfile(), language.getLanguage());
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
                assertThat(took).isLessThan(PAGE_DEADLINE);
                assertThat(new NuHtmlChecker().errorsIn(page.body())).isEmpty();
                Document html = Jsoup.parse(page.body());
                assertThat(html.select("h1").text())
                        .isEqualTo(messages.getMessage("error.unavailable.title", null, language));
                // jsoup's text() reads French no-break spaces (before ; and :) as spaces
                assertThat(html.select("main p").first().text())
                        .isEqualTo(messages.getMessage("error.unavailable.text", null, language)
                                .replace('\u00a0', ' '));
            }
        }
    }

    @Test
    void aLoggedInModeratorGetsTheUnavailablePageToo() throws Exception {
        FormSession moderator = new FormSession(port, "en");
        Moderators.logIn(moderator, Moderators.withPassword(jdbc, passwords, "Outage Moderator"));
        assertThat(moderator.get("/moderation").statusCode()).isEqualTo(200);
        try (HeldBackend held = holdBackend()) {
            killPostmaster();
            HttpResponse<String> queue = moderator.get("/moderation");

            assertThat(queue.statusCode()).isEqualTo(503);
            assertThat(Jsoup.parse(queue.body()).select("h1").text())
                    .isEqualTo(messages.getMessage("error.unavailable.title", null, Locale.ENGLISH));
        }
    }

    @Test
    void formsSentWhilePostgresIsDownComeBackWithTheAnswersAndAMessage() throws Exception {
        FormSession browser = new FormSession(port, "fr");
        Map<String, List<String>> newOrganisation =
                submissions.filledNewOrganisation(browser, stamps, "Réseau envoyé pendant la panne");
        newOrganisation.put("organisation.acronym", List.of("REPP"));
        Map<String, List<String>> change = submissions.filledChange(browser, stamps, "conascipal");
        change.put("prose.summary", List.of("Résumé corrigé pendant la panne."));
        long sentBack = submissions.submit(browser, stamps, "Réseau renvoyé pour corrections");
        String token = jdbc.sql("update submission set status = 'CHANGES_REQUESTED', decision_message = 'La ville ?'"
                        + " where id = ? returning tracking_token")
                .param(sentBack)
                .query(String.class)
                .single();
        Map<String, List<String>> resubmission = FormSession.fieldsOf(browser.page("/submissions/" + token + "/edit"));
        resubmission.put("organisation.city", List.of("Kolda"));
        resubmission.put(
                "state.stamp", List.of(stamps.issuedAt(java.time.Instant.now().minusSeconds(60))));
        try (HeldBackend held = holdBackend()) {
            killPostmaster();

            Document blank = Jsoup.parse(get("/submit", "fr").body());
            assertThat(blank.select("main form select[name='organisation.countryCode'] option"))
                    .hasSizeGreaterThan(100);

            Document sent = sentBackWithTheMessage(browser, "/submit", newOrganisation);
            assertThat(sent.select("main form").attr("action")).isEqualTo("/submit");
            assertKept(FormSession.fieldsOf(sent), newOrganisation);

            Document changeSent = sentBackWithTheMessage(browser, "/organisations/conascipal/suggest-edit", change);
            assertThat(changeSent.select("main form").attr("action"))
                    .isEqualTo("/organisations/conascipal/suggest-edit");
            assertKept(FormSession.fieldsOf(changeSent), change);

            Document resent = sentBackWithTheMessage(browser, "/submissions/" + token + "/edit", resubmission);
            assertThat(resent.select("main form").attr("action")).isEqualTo("/submissions/" + token + "/edit");
            assertThat(resent.select("h1").text())
                    .isEqualTo(messages.getMessage("submission.resubmit.title", null, Locale.FRENCH));
            assertKept(FormSession.fieldsOf(resent), resubmission);
        }
    }

    private Document sentBackWithTheMessage(FormSession browser, String path, Map<String, List<String>> form) {
        HttpResponse<String> sent = browser.post(path, form, Map.of());
        assertThat(sent.statusCode()).as(path).isEqualTo(503);
        assertThat(sent.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(new NuHtmlChecker().errorsIn(sent.body())).as(path).isEmpty();
        Document page = Jsoup.parse(sent.body());
        assertThat(page.select("#error-summary").text())
                .contains(messages.getMessage("submission.databaseUnavailable", null, Locale.FRENCH)
                        .replace('\u00a0', ' '));
        return page;
    }

    /** Every answer as it was sent; checkboxes compared as sets, the page may order them otherwise. */
    private static void assertKept(Map<String, List<String>> kept, Map<String, List<String>> sent) {
        sent.forEach((field, values) -> {
            if (field.equals("_csrf")) {
                return;
            }
            assertThat(kept.get(field)).as(field).containsExactlyInAnyOrderElementsOf(values);
        });
    }

    @Test
    void readinessOnTheManagementPortFollowsTheDatabaseAndIsNotPublicAndTheMetricsStillAnswer() throws Exception {
        assertThat(get(PROFILE, "en").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = management("/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
        assertThat(management("/actuator/health/liveness").statusCode()).isEqualTo(200);
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/readiness")) {
            assertThat(get(path, "en").statusCode())
                    .as(path + " on the public port")
                    .isEqualTo(404);
        }

        try (HeldBackend held = holdBackend()) {
            killPostmaster();
            HttpResponse<String> down = management("/actuator/health/readiness");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).containsAnyOf("\"status\":\"DOWN\"", "\"status\":\"OUT_OF_SERVICE\"");
            assertThat(management("/actuator/health/liveness").statusCode()).isEqualTo(200);

            // Metrics too: the figures read from the database are unknown (NaN), the scrape still answers.
            long asked = System.nanoTime();
            Prometheus scrape = Prometheus.scrape(managementPort);
            Duration took = Duration.ofNanos(System.nanoTime() - asked);
            System.out.printf("Scrape with PostgreSQL down: %d after %d ms%n", scrape.status(), took.toMillis());
            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.value("directory_submissions_pending")).isNaN();
            assertThat(scrape.series("hikaricp_connections_active")).isNotEmpty();
            assertThat(took).isLessThan(PAGE_DEADLINE);
        }
        waitFor(
                Duration.ofSeconds(30),
                () -> management("/actuator/health/readiness").statusCode() == 200);
    }

    @Test
    void postgresIsStartedAgainWhileAHousekeepingJobIsStuck() throws Exception {
        CountDownLatch jobRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        housekeeping.schedule(
                () -> { // as a clean-up job waiting on the dead database would
                    jobRunning.countDown();
                    try {
                        release.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                java.time.Instant.now());
        try {
            assertThat(jobRunning.await(10, TimeUnit.SECONDS)).isTrue();
            killPostmaster();
            long killedAt = System.nanoTime();
            long backAt = waitUntilPostgresAnswers();
            System.out.printf(
                    "PostgreSQL answered again %d ms after its kill, a housekeeping job still stuck%n",
                    TimeUnit.NANOSECONDS.toMillis(backAt - killedAt));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aReaderGetsTheUnavailablePageWithinSecondsWhilePostgresIsFrozen() throws Exception {
        assertThat(get(PROFILE, "en").statusCode()).isEqualTo(200);
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> server = new ArrayList<>();
        server.add(postmaster);
        postmaster.descendants().forEach(server::add);
        server.forEach(process -> signal("STOP", process.pid()));
        try {
            for (int request = 0; request < 2; request++) {
                long started = System.nanoTime();
                HttpResponse<String> page = get(freshProfile(), "en");
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                System.out.printf(
                        "Frozen PostgreSQL: request %d answered %d in %d ms%n",
                        request + 1, page.statusCode(), took.toMillis());
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(took).isLessThan(PAGE_DEADLINE);
            }
        } finally {
            server.forEach(process -> signal("CONT", process.pid()));
        }
        waitFor(Duration.ofSeconds(20), () -> get(freshProfile(), "en").statusCode() == 200);
    }

    /** Sends one filled-in form; an acknowledged one (redirected to its thank-you page) is remembered. */
    private int submitOnce(
            FormSession browser, String name, Set<String> acknowledged, BlockingQueue<String> justAcknowledged) {
        Map<String, List<String>> form;
        try {
            form = submissions.filledNewOrganisation(browser, stamps, name);
        } catch (RuntimeException formNotShown) {
            // Counted by what the form page answered, so that a 500 there shows (the outage gives 503s).
            return get("/submit", "en").statusCode();
        }
        HttpResponse<String> sent = browser.post("/submit", form, Map.of());
        if (sent.statusCode() == 302) {
            Matcher thanks =
                    THANKS.matcher(sent.headers().firstValue("Location").orElse(""));
            if (!thanks.find()) {
                System.out.println("Redirected elsewhere than a thank-you page: "
                        + sent.headers().map());
                return 3020;
            }
            if (!acknowledged.add(thanks.group(1))) {
                System.out.println("Thank-you page given twice: " + thanks.group(1));
            }
            justAcknowledged.add(thanks.group(1));
        }
        return sent.statusCode();
    }

    private record Answer(long sentAt, long answeredAt, int status) {}

    private static boolean answeredAfter(List<Answer> answers, long after, int status) {
        synchronized (answers) {
            return answers.stream().anyMatch(answer -> answer.sentAt() >= after && answer.status() == status);
        }
    }

    private static Map<Integer, Long> statuses(List<Answer> answers, long from, long to) {
        synchronized (answers) {
            return answers.stream()
                    .filter(answer -> answer.sentAt() >= from && answer.sentAt() < to)
                    .collect(java.util.stream.Collectors.groupingBy(
                            Answer::status, java.util.stream.Collectors.counting()));
        }
    }

    /**
     * A backend of this test, stopped with SIGSTOP: it stays attached to the server's shared memory after
     * the postmaster dies, so PostgreSQL refuses to start again (as for a moment after any crash) until
     * it is continued and exits. That keeps the database down as long as a test needs.
     */
    private HeldBackend holdBackend() throws SQLException {
        Connection connection =
                DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        long pid;
        try (ResultSet row = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            row.next();
            pid = row.getLong(1);
        }
        signal("STOP", pid);
        return new HeldBackend(connection, pid);
    }

    private record HeldBackend(Connection connection, long pid) implements AutoCloseable {
        @Override
        public void close() {
            signal("CONT", pid);
            try {
                connection.close();
            } catch (SQLException alreadyGone) {
                // its server was killed
            }
        }
    }

    private void killPostmaster() {
        ProcessHandle postmaster = postmaster();
        postmaster.destroyForcibly(); // SIGKILL
        waitFor(Duration.ofSeconds(10), () -> !postmaster.isAlive() || isZombie(postmaster.pid()));
    }

    private ProcessHandle postmaster() {
        Path pidFile = properties.dataDir().resolve("postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This machine's init may not reap the orphaned postmaster: killed, it stays a zombie. */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException gone) {
            return true;
        }
    }

    /** When PostgreSQL accepts connections again (System.nanoTime()). */
    private long waitUntilPostgresAnswers() {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        waitFor(Duration.ofSeconds(60), () -> {
            try (Connection connection = DriverManager.getConnection(url + "&connectTimeout=1", "postgres", "")) {
                return connection.isValid(1);
            } catch (SQLException notYet) {
                return false;
            }
        });
        return System.nanoTime();
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> get(String path, String language) {
        return send(URI.create("http://localhost:" + port + path), language, "text/html");
    }

    private HttpResponse<String> management(String path) {
        return send(URI.create("http://127.0.0.1:" + managementPort + path), "en", "application/json");
    }

    private HttpResponse<String> send(URI uri, String language, String accept) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language)
                .header("Accept", accept)
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Condition not met within " + deadline);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
