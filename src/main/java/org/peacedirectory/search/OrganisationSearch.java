package org.peacedirectory.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peacedirectory.search.IndexSnapshot.Matches;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds published organisations in the in-memory index ({@link SearchIndex}): words (accents and case
 * ignored, word prefixes, over names, summaries, descriptions and activities), names like a misspelt
 * word (trigrams), facet counts and order. The index holds what refresh_organisation_search() keeps
 * (V6), and the words typed are split by PostgreSQL's own parser, as the documents were
 * (search_words(), V8).
 */
@Component
class OrganisationSearch {

    /** The facets, each counted with every filter but its own, with the URL parameter of each. */
    enum Facet {
        COUNTRY("country"), THEME("theme"), VERIFICATION("verified"), LEVEL("level"), ACTIVE_SINCE("since");

        final String parameter;

        Facet(String parameter) {
            this.parameter = parameter;
        }
    }

    /**
     * One page of matching ids, in order, with the total and the facet counts; when words found nothing,
     * the published name nearest them ("did you mean"), or null.
     */
    record Result(List<Long> ids, long total, Map<Facet, Map<String, Long>> facets, String suggestion) {
    }

    /** What was typed, as the documents' parser splits it and as search_text() writes it. */
    private record Typed(List<String> words, String text) {
    }

    static final List<Integer> ACTIVE_SINCE_CHOICES = List.of(2020, 2015, 2010, 2005, 2000);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words of ASCII letters only or digits only: the parser reads "1e5x" as two words, "1e5" and "x". */
    private static final Pattern PLAIN = Pattern.compile(" *(?:[A-Za-z]+|[0-9]+)(?: +(?:[A-Za-z]+|[0-9]+))* *");

    /** A search as asked: what and how many a page. */
    private record Asked(SearchQuery query, int pageSize) {
    }

    /**
     * Results computed from one index: readers ask the same searches again and again, and the same index
     * gives the same answer, so they are kept until the index is replaced, at most
     * {@code directory.search.remembered-results} of them (few: they are copied at every young collection).
     */
    private record Remembered(IndexSnapshot snapshot, Map<Asked, Result> results) {
    }

    private final JdbcClient jdbc;
    private final SearchIndex index;
    private final int maxRemembered;
    private volatile Remembered remembered = new Remembered(null, Map.of());

    OrganisationSearch(JdbcClient jdbc, SearchIndex index,
            @Value("${directory.search.remembered-results}") int maxRemembered) {
        this.jdbc = jdbc;
        this.index = index;
        this.maxRemembered = maxRemembered;
    }

    Result search(SearchQuery query, int pageSize) {
        IndexSnapshot snapshot = index.current();
        Map<Asked, Result> results = resultsOf(snapshot);
        Asked asked = new Asked(query, pageSize);
        Result result = results.get(asked);
        if (result == null) {
            result = find(snapshot, query, pageSize);
            if (results.size() >= maxRemembered) {
                results.clear();
            }
            if (maxRemembered > 0) {
                results.put(asked, result);
            }
        }
        return result;
    }

    /** The results remembered for this index, new and empty when the index is new. */
    private Map<Asked, Result> resultsOf(IndexSnapshot snapshot) {
        Remembered known = remembered;
        if (known.snapshot() != snapshot) {
            known = new Remembered(snapshot, new ConcurrentHashMap<>());
            remembered = known;
        }
        return known.results();
    }

    private Result find(IndexSnapshot snapshot, SearchQuery query, int pageSize) {
        if (query.text() != null && !hasWord(query.text())) {
            return new Result(List.of(), 0, new FacetCounter(snapshot, query).facets(), null);
        }
        Typed typed = query.text() == null ? null : typed(query.text());
        Matches matches = typed == null ? snapshot.all() : snapshot.matching(typed.words());
        if (typed != null && matches.size() < pageSize && isOneWord(query.text())) {
            matches = withNamesLike(snapshot, matches, typed.text());
        }
        FacetCounter counter = new FacetCounter(snapshot, query);
        boolean[] passes = counter.add(matches.docs());
        int[] listed = new int[matches.size()];
        float[] scores = new float[matches.size()];
        int count = 0;
        for (int i = 0; i < passes.length; i++) {
            if (passes[i]) {
                listed[count] = matches.docs()[i];
                scores[count++] = matches.score(i);
            }
        }
        List<Long> ids = snapshot.page(Arrays.copyOf(listed, count), Arrays.copyOf(scores, count), query.sort(),
                (query.page() - 1L) * pageSize, pageSize); // as a long: a shared link may ask for page 2,147,483,647
        String suggestion = typed != null && count == 0 ? snapshot.nearestName(typed.text()) : null;
        return new Result(ids, counter.total(), counter.facets(), suggestion);
    }

    /**
     * What was typed, split and normalised by the parser that made the documents (search_words(), V8).
     * Words of plain ASCII letters or of digits split into their lower-case selves whatever the parser, so
     * the database is asked only about anything else (accents, apostrophes, hyphens, symbols, "1e5x").
     */
    private Typed typed(String text) {
        List<String> plain = plainWords(text);
        if (plain != null) {
            return new Typed(plain, text.toLowerCase(Locale.ROOT));
        }
        return jdbc.sql("select search_words(:q) as words, search_text(:q) as text").param("q", text)
                .query((row, number) -> new Typed(List.of((String[]) row.getArray("words").getArray()),
                        row.getString("text")))
                .single();
    }

    /** The words of a text of words of plain ASCII letters or digits, lower-case; null for any other text. */
    static List<String> plainWords(String text) {
        if (!PLAIN.matcher(text).matches()) {
            return null;
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split(" +")).filter(word -> !word.isEmpty()).distinct()
                .toList();
    }

    /**
     * A single word may be a misspelt name or acronym ("conasipal"): when the word itself finds fewer
     * organisations than a page, names that look like it come after them, the closest first (see
     * {@link NameTrigrams}).
     */
    private static Matches withNamesLike(IndexSnapshot snapshot, Matches exact, String text) {
        Map<Integer, Float> found = new TreeMap<>();
        Matches similar = snapshot.withNamesLike(text);
        for (int i = 0; i < similar.size(); i++) {
            found.put(similar.docs()[i], similar.score(i));
        }
        for (int i = 0; i < exact.size(); i++) {
            found.put(exact.docs()[i], exact.score(i));
        }
        int[] docs = found.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] scores = new float[docs.length];
        for (int i = 0; i < docs.length; i++) {
            scores[i] = found.get(docs[i]);
        }
        return new Matches(docs, scores);
    }

    /** Whether the text has a letter or digit to search for ("!!!" and emoji have none). */
    private static boolean hasWord(String text) {
        return WORD.matcher(text).find();
    }

    private static boolean isOneWord(String text) {
        Matcher matcher = WORD.matcher(text);
        return matcher.find() && !matcher.find();
    }
}
