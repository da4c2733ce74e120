import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Measures publish-to-searchable over HTTP, as a reader and a moderator would see it: submits an organisation
 * with a made-up word in its name through the public form, signs in as an admin, approves it from the review
 * page, then asks the search page for that word until it is found. Prints how long the approval request took
 * and how long after its answer the search first found the organisation.
 *
 * Run with the JDK alone (no build): java bench/PublishToSearchable.java URL ADMIN_EMAIL ADMIN_PASSWORD
 */
public class PublishToSearchable {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String word = madeUpWord(); // searched for
        String other = madeUpWord(); // the rest of the name: in a page of results only once found

        // 1. The public form: its hidden fields (form stamp, CSRF token), then the answers after the minimum
        // time a person takes to fill it in.
        String form = get(http, base + "/submit").body();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        Thread.sleep(3_500);
        fields.putAll(Map.of("organisation.name", word + " " + other, "organisation.countryCode", "SN",
                "prose.sourceLanguage", "en", "prose.summary", "A network measured by the benchmark.",
                "submitter.name", "Bench", "submitter.email", "bench@example.org", "submitter.relationship", "STAFF",
                "submitter.consent", "true", "organisation.themes", "conflict-prevention", "action", "submit"));
        fields.put("state.duplicatesAcknowledged", "true");
        expectRedirect(post(http, base + "/submit", fields), "submission");

        // 2. An admin signs in and opens the submission from the queue.
        String login = get(http, base + "/login").body();
        expectRedirect(post(http, base + "/login", Map.of("_csrf", csrf(login), "email", args[1], "password", args[2])),
                "login");
        String queue = get(http, base + "/moderation").body();
        Matcher link = Pattern.compile(
                "href=\"(/moderation/submissions/\\d+)\"[^>]*>[^<]*</a></td>\\s*<td>[^<]*" + word).matcher(queue);
        if (!link.find()) {
            throw new IllegalStateException("The submission is not in the review queue");
        }
        String review = get(http, base + link.group(1)).body();
        Matcher version = Pattern.compile("action=\"" + Pattern.quote(link.group(1) + "/approve")
                + "\".*?name=\"version\" value=\"([^\"]*)\"", Pattern.DOTALL).matcher(review);
        if (!version.find()) {
            throw new IllegalStateException("No approve form on the review page");
        }

        // 3. Approve, then search until found.
        long start = System.nanoTime();
        expectRedirect(post(http, base + link.group(1) + "/approve",
                Map.of("_csrf", csrf(review), "version", version.group(1), "verification", "CONFIRM_EXISTENCE")), "approval");
        long approved = System.nanoTime();
        int searches = 0;
        while (true) {
            searches++;
            String page = get(http, base + "/organisations?q=" + word).body();
            if (page.contains(other)) {
                break;
            }
            if (System.nanoTime() - approved > Duration.ofSeconds(30).toNanos()) {
                throw new IllegalStateException("Not found by search 30 s after the approval");
            }
        }
        long found = System.nanoTime();
        System.out.printf("approval request: %.0f ms; found by search %.0f ms after it (%d searches)%n",
                (approved - start) / 1e6, (found - approved) / 1e6, searches);
    }

    private static String madeUpWord() {
        return ThreadLocalRandom.current().ints(12, 'a', 'z' + 1)
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("", "Zq", ""));
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return matcher.group(1);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return response;
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expectRedirect(HttpResponse<String> response, String what) {
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new IllegalStateException("The " + what + " answered " + response.statusCode() + " instead of a redirect: "
                    + response.body().replaceAll("(?s).*<div class=\"error-summary[^>]*>(.*?)</div>.*", "$1").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
        }
    }
}
