package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacedirectory.DirectoryTest;
import org.peacedirectory.NuHtmlChecker;
import org.peacedirectory.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Searching the way readers do: accents missing, typos, filters, sorts; all on real PostgreSQL. */
@DirectoryTest
class SearchTest {

    private static final NuHtmlChecker checker = new NuHtmlChecker();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebClient web;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "societe civile armes legeres, conascipal",
        "SOCIÉTÉ CIVILE, conascipal",
        "conasipal, conascipal",
        "CONASCIPAL, conascipal",
        "adieu bras, conascipal",
        "armes legeres bamako, conascipal"
    })
    void findsWhatReadersTypeFirst(String words, String slug) {
        Document page = web.page("/organisations?q=" + encode(words), "en");

        assertThat(resultSlugs(page)).first().isEqualTo(slug);
    }

    @Test
    void highlightsTheMatchedWordsInTheSummaryEscapingTheRest() {
        Document page = web.page("/organisations?q=" + encode("societe civile"), "fr");

        assertThat(page.select(".results .card-summary mark").eachText()).contains("société", "civile");
    }

    @Test
    void highlightsTheWordAfterAFrenchElisionAndNotItsArticle() {
        Document page = web.page("/organisations?q=" + encode("l’éducation"), "fr");

        assertThat(page.select(".results .card-summary mark").eachText())
                .isNotEmpty()
                .allSatisfy(word -> assertThat(word.toLowerCase()).startsWith("éducation"));
    }

    @Test
    void combinesSearchAndFiltersWithCountsThatExcludeTheirOwnFacet() {
        Document all = web.page("/organisations?country=ml", "en");
        long inMali = jdbc.sql("""
                select count(*) from organisation where publication_status = 'PUBLISHED' and 'ML' = any(country_codes)""").query(Long.class).single();

        assertThat(all.selectFirst(".result-count").text()).isEqualTo(inMali + " organisations found.");
        assertThat(resultSlugs(all)).hasSize((int) inMali);
        assertThat(all.selectFirst("label[for=country-ML]").text()).endsWith("(" + inMali + ")");

        Document narrowed = web.page("/organisations?country=ml&theme=small-arms-control&verified=false", "en");
        long expected = jdbc.sql("""
                select count(*) from organisation where publication_status = 'PUBLISHED' and 'ML' = any(country_codes)
                and 'small-arms-control' = any(theme_slugs) and verification_level = 'NOT_YET_VERIFIED'""").query(Long.class).single();
        assertThat(resultSlugs(narrowed)).hasSize((int) expected).contains("conascipal");
        assertThat(narrowed.select(".active-filters a")).hasSize(3);
    }

    @Test
    void filtersByActivityLevelAndActiveSince() {
        List<String> international = resultSlugs(web.page("/organisations?level=international&since=2010", "en"));
        List<String> expected = jdbc.sql("""
                select o.slug from organisation o where o.publication_status = 'PUBLISHED'
                and exists (select 1 from activity a where a.organisation_id = o.id and a.level = 'INTERNATIONAL')
                and (select max(extract(year from a.date_end)) from activity a where a.organisation_id = o.id) >= 2010
                order by o.name_sort, o.id""").query(String.class).list();

        assertThat(international).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void sortsByNameOrByLastUpdate() {
        List<String> byUpdate = resultSlugs(web.page("/organisations?sort=updated", "en"));
        List<String> expected = jdbc.sql("""
                select slug from organisation where publication_status = 'PUBLISHED' order by updated_at desc, id limit 20""").query(String.class).list();

        assertThat(byUpdate).containsExactlyElementsOf(expected);
        assertThat(byUpdate).as("not the order by name").isNotEqualTo(resultSlugs(web.page("/organisations", "en")));
    }

    @Test
    void reproducesThePageFromItsAddressAndKeepsFiltersAcrossRemoveLinks() {
        Document first = web.page("/organisations?q=paix&theme=peace-education&sort=name", "fr");
        Document again = web.page("/organisations?q=paix&theme=peace-education&sort=name", "fr");

        assertThat(resultSlugs(again)).isEqualTo(resultSlugs(first));
        assertThat(first.select(".active-filters a").eachAttr("href"))
                .contains("/organisations?theme=peace-education&sort=name", "/organisations?q=paix&sort=name");
    }

    @ParameterizedTest(name = "q={0}")
    // Several words: a single word finding fewer than a page is joined by look-alike names, on purpose.
    // "d'accueil" is the word "accueil" (French elision).
    @CsvSource({
        "societe civile, societe civile",
        "conflit prevention, conflit prevention",
        "d'accueil, accueil",
        "youth peace, youth peace",
        "L’ÉDUCATION, education"
    })
    void findsTheOrganisationsWhoseTextsHaveEveryWordAsTheBeginningOfAWord(String words, String plainWords) {
        List<String> expected = withEveryWordBeginning(plainWords.split(" "));

        Document page = web.page("/organisations?q=" + encode(words) + "&sort=name", "en");

        assertThat(expected).as("the demo data has matches").hasSizeGreaterThan(1);
        assertThat(page.selectFirst(".result-count").text()).startsWith(expected.size() + " organisations");
        assertThat(resultSlugs(page)).containsExactlyElementsOf(expected.subList(0, Math.min(20, expected.size())));
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(strings = {"!!!", "!(", "😀", "\u200b", "a'b:* | !c", "ŉ ½", "\\", "a\u0000b", "\u0000"})
    void answersWordsWithoutLettersOrWithQueryCharactersWithAPageNotAnError(String words) {
        HttpResponse<String> response = web.get("/organisations?q=" + encode(words), "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).selectFirst(".result-count")).isNotNull();
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(strings = {"d'accueil", "d’accueil", "qu'accueil", "L'Accueil"})
    void readsAFrenchElisionWithEitherApostropheAsTheWordItself(String words) {
        assertThat(resultSlugs(web.page("/organisations?q=" + encode(words) + "&sort=name", "fr")))
                .isNotEmpty()
                .isEqualTo(resultSlugs(web.page("/organisations?q=accueil&sort=name", "fr")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/organisations?page=2147483647",
                "/organisations?q=paix&page=2147483647",
                "/countries/ml?page=2147483647",
                "/themes/small-arms-control?sort=updated&page=2147483647"
            })
    void answersAPageFarBeyondTheLastWithAnEmptyList(String path) {
        HttpResponse<String> response = web.get(path, "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(resultSlugs(Jsoup.parse(response.body()))).isEmpty();
    }

    @Test
    void helpsWhenNothingMatchesWithASpellingSuggestionAndRemoveLinks() {
        Document page = web.page("/organisations?q=" + encode("conascipol zzzz") + "&theme=human-rights", "en");

        assertThat(page.selectFirst(".result-count").text()).isEqualTo("No organisation found.");
        assertThat(page.select(".no-results")).hasSize(1);
        assertThat(page.select(".active-filters a")).hasSize(2);
    }

    @Test
    void answersTheLongestTextOfDistinctWordsWithAPage() {
        StringBuilder words = new StringBuilder();
        for (char first = 'a'; first <= 'z' && words.length() < SearchQuery.MAX_TEXT; first++) {
            for (char second = 'a'; second <= 'z' && words.length() < SearchQuery.MAX_TEXT; second++) {
                words.append(first).append(second).append(' ');
            }
        }

        HttpResponse<String> response = web.get("/organisations?q=" + encode(words.toString()), "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).selectFirst(".result-count").text())
                .isEqualTo("No organisation found.");
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(
            strings = {
                "½",
                "ŉ",
                "ß",
                "a",
                "İstanbul",
                "ǅ",
                "é",
                "l'",
                "qu’",
                "x1x1x1x1x1x1x1x1x1x1x1x1x1x1x1x1x1x1x1x1x1x1x1",
                "AND",
                "OR",
                "NOT",
                "*",
                "a*b",
                "\"a\"",
                "-a",
                "+a",
                "a~2",
                "a|b"
            })
    void answersAnySingleWordWithAPage(String word) {
        for (String path : List.of("/organisations?q=", "/countries/ml?theme=small-arms-control&q=")) {
            HttpResponse<String> response = web.get(path + encode(word), "fr");

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).selectFirst(".result-count"))
                    .as(path)
                    .isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/organisations?q=zzzzzz", "/organisations?q=zzzzzz&country=ml", "/countries/ml?q=qqqqqq"})
    void answersASingleWordThatMatchesNothingWithTheNoResultsHelp(String path) {
        HttpResponse<String> response = web.get(path, "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).selectFirst(".result-count").text())
                .isEqualTo("No organisation found.");
    }

    @Test
    void suggestsTheNearestNameForAMisspelling() {
        Document page = web.page("/organisations?q=" + encode("Coalition Nationale Sociétéé Civille Paixx"), "en");

        assertThat(page.select(".results li"))
                .as("several misspelt words find nothing themselves")
                .isEmpty();
        assertThat(page.selectFirst("a.suggestion").text()).startsWith("Coalition Nationale");
        assertThat(page.selectFirst("a.suggestion").attr("href")).startsWith("/organisations?q=Coalition");
    }

    @Test
    void countryPageOffersTheSameSearchAndFiltersWithinItsCountry() {
        Document page = web.page("/countries/ml?theme=small-arms-control&verified=false", "en");
        List<String> expected = jdbc.sql("""
                select slug from organisation where publication_status = 'PUBLISHED' and 'ML' = any(country_codes)
                and 'small-arms-control' = any(theme_slugs) and verification_level = 'NOT_YET_VERIFIED'
                order by name_sort, id""").query(String.class).list();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Mali");
        assertThat(resultSlugs(page)).isNotEmpty().containsExactlyElementsOf(expected);
        assertThat(page.selectFirst("form.search").attr("action")).isEqualTo("/countries/ml");
        assertThat(page.select("input[name=country]"))
                .as("the country is the page's own")
                .isEmpty();
        assertThat(page.select(".active-filters a").eachAttr("href"))
                .containsExactlyInAnyOrder(
                        "/countries/ml?verified=not-yet-verified", "/countries/ml?theme=small-arms-control");
        assertThat(page.selectFirst("label[for=theme-small-arms-control]").text())
                .endsWith("(" + expected.size() + ")");
    }

    @Test
    void countryPageListsOrganisationsBasedThereAndThoseWorkingThere() {
        List<String> inMali = jdbc.sql("""
                select o.slug from organisation o where o.publication_status = 'PUBLISHED' and (o.country_code = 'ML'
                or exists (select 1 from organisation_country c where c.organisation_id = o.id and c.country_code = 'ML'))
                order by o.name_sort, o.id limit 20""").query(String.class).list();

        assertThat(resultSlugs(web.page("/countries/ml", "fr")))
                .contains("conascipal")
                .containsExactlyElementsOf(inMali);
        assertThat(jdbc.sql("""
                select count(*) from organisation o join organisation_country c on c.organisation_id = o.id
                where o.publication_status = 'PUBLISHED' and c.country_code = 'ML' and o.country_code <> 'ML'""").query(Long.class).single())
                .as("the demo data has organisations working in Mali from elsewhere")
                .isPositive();
    }

    @Test
    void keepsTheWordsAndFiltersWhenACountryCodeIsRespelt() {
        HttpResponse<String> response = web.get("/countries/ML?q=paix&theme=peace-education", "en");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/countries/ml?q=paix&theme=peace-education");
    }

    @Test
    void searchesForWordsThymeleafWouldReadAsFalse() {
        Document page = web.page("/organisations?q=no", "en");

        assertThat(page.title()).startsWith("Search: no");
        assertThat(page.select("#sort option[value=relevance]")).hasSize(1);
    }

    @Test
    void themePageSearchesWithinItsThemeUnderItsDescription() {
        Document page = web.page("/themes/small-arms-control?q=" + encode("armes legeres") + "&country=ml", "fr");

        assertThat(page.selectFirst(".lead").text()).isNotBlank();
        assertThat(resultSlugs(page)).first().isEqualTo("conascipal");
        assertThat(page.select("input[name=theme]")).isEmpty();
        assertThat(page.select(".active-filters a").eachAttr("href"))
                .contains("/themes/small-arms-control?country=ml", "/themes/small-arms-control?q=armes%20legeres");
        assertThat(web.get("/themes/no-such-theme?q=x", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void searchPagesPassTheNuHtmlChecker() {
        for (String path : List.of(
                "/organisations?q=paix",
                "/organisations?q=zzzzzz&country=ml",
                "/organisations?level=local&since=2015&verified=true",
                "/organisations?verified=existence-confirmed",
                "/countries/ml?q=paix&level=local",
                "/themes/small-arms-control?country=ml&sort=updated")) {
            assertThat(checker.errorsIn(web.get(path, "fr").body())).as(path).isEmpty();
        }
    }

    /**
     * The published organisations in whose names, acronym, prose, base country's names or activities every
     * one of these words (lower-case, without accents) begins a word, by name.
     */
    private List<String> withEveryWordBeginning(String... words) {
        StringBuilder sql = new StringBuilder("""
                with document as (
                    select o.slug, o.name_sort, o.id, lower(immutable_unaccent(concat_ws(' ', o.name, o.acronym,
                        (select string_agg(concat_ws(' ', t.name, t.summary, t.description), ' ')
                         from organisation_translation t where t.organisation_id = o.id),
                        (select concat_ws(' ', c.name_en, c.name_fr) from country c where c.code = o.country_code),
                        (select string_agg(a.text, ' ') from activity a where a.organisation_id = o.id)))) as text
                    from organisation o where o.publication_status = 'PUBLISHED')
                select slug from document where true""");
        for (String word : words) {
            sql.append(" and text ~ ('(^|[^[:alnum:]])' || ?)");
        }
        sql.append(" order by name_sort, id");
        return jdbc.sql(sql.toString())
                .params((Object[]) words)
                .query(String.class)
                .list();
    }

    private static List<String> resultSlugs(Document page) {
        return page.select(".results .card-title a").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1))
                .toList();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
