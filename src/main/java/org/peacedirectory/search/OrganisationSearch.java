package org.peacedirectory.search;

import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peacedirectory.organisation.PublicDataCaches;
import org.peacedirectory.search.IndexSnapshot.Matches;
import org.peacedirectory.system.ShortLivedCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds published organisations: the words in the in-memory index ({@link SearchIndex}; accents and
 * case ignored, word prefixes, over names, summaries, descriptions and activities), typos in names and
 * acronyms by trigram similarity in PostgreSQL, and facet counts and order in memory. Both sides read
 * what refresh_organisation_search() keeps (V6), and the words typed are split by PostgreSQL's own
 * parser, as the documents were (search_words(), V8).
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

    /** One page of matching ids, in order, with the total and the facet counts. */
    record Result(List<Long> ids, long total, Map<Facet, Map<String, Long>> facets) {
    }

    static final List<Integer> ACTIVE_SINCE_CHOICES = List.of(2020, 2015, 2010, 2005, 2000);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A search as asked: what and how many a page. */
    private record Asked(SearchQuery query, int pageSize) {
    }

    /**
     * Results computed from one index: readers ask the same searches again and again, and the same index
     * gives the same answer, so they are kept until the index is replaced (at most {@link #MAX_REMEMBERED}).
     */
    private record Remembered(IndexSnapshot snapshot, Map<Asked, Result> results) {
    }

    private static final int MAX_REMEMBERED = 2000;

    private final JdbcClient jdbc;
    private final SearchIndex index;
    private volatile Remembered remembered = new Remembered(null, Map.of());
    private final ShortLivedCache<String, Optional<String>> suggestions;

    OrganisationSearch(JdbcClient jdbc, SearchIndex index, PublicDataCaches caches) {
        this.jdbc = jdbc;
        this.index = index;
        this.suggestions = caches.create(2000, text -> text);
    }

    Result search(SearchQuery query, int pageSize) {
        IndexSnapshot snapshot = index.current();
        Map<Asked, Result> results = resultsOf(snapshot);
        Asked asked = new Asked(query, pageSize);
        Result result = results.get(asked);
        if (result == null) {
            result = find(snapshot, query, pageSize);
            if (results.size() >= MAX_REMEMBERED) {
                results.clear();
            }
            results.put(asked, result);
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
            return new Result(List.of(), 0, new FacetCounter(snapshot, query).facets());
        }
        Matches matches = query.text() == null ? snapshot.all() : snapshot.matching(words(query.text()));
        if (query.text() != null && matches.size() < pageSize && isOneWord(query.text())) {
            matches = withNearNames(snapshot, matches, query.text());
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
        return new Result(ids, counter.total(), counter.facets());
    }

    /** What was typed, split and normalised by the parser that made the documents (search_words(), V8). */
    private List<String> words(String text) {
        return jdbc.sql("select search_words(:q)").param("q", text)
                .query((row, number) -> List.of((String[]) row.getArray(1).getArray())).single();
    }

    /**
     * A single word may be a misspelt name or acronym ("conasipal"): when the word itself finds fewer
     * organisations than a page, names that contain a word close to it (trigram word similarity, through
     * the name index) come after them, the closest first: their scores are their similarity less one,
     * below every match of the word itself.
     */
    private Matches withNearNames(IndexSnapshot snapshot, Matches exact, String text) {
        Map<Integer, Float> near = new TreeMap<>();
        for (int i = 0; i < exact.size(); i++) {
            near.put(exact.docs()[i], exact.score(i));
        }
        jdbc.sql("""
                select o.id, word_similarity(search_text(:q), o.name_search) as similarity from organisation o
                where o.publication_status = 'PUBLISHED' and search_text(:q) <% o.name_search""")
                .param("q", text)
                .query((ResultSet row) -> {
                    int doc = snapshot.doc(row.getLong("id"));
                    if (doc >= 0) {
                        near.putIfAbsent(doc, row.getFloat("similarity") - 1);
                    }
                });
        int[] docs = near.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] scores = new float[docs.length];
        for (int i = 0; i < docs.length; i++) {
            scores[i] = near.get(docs[i]);
        }
        return new Matches(docs, scores);
    }

    /**
     * The published name closest to what was typed, for "did you mean": names that contain a word close
     * to the words typed (trigram word similarity, through the name index), the closest first.
     */
    String nearestName(String text) {
        if (!hasWord(text)) {
            return null;
        }
        return suggestions.get(text, typed -> jdbc.sql("""
                select o.name from organisation o
                where o.publication_status = 'PUBLISHED' and search_text(:q) <% o.name_search
                order by word_similarity(search_text(:q), o.name_search) desc,
                         similarity(search_text(:q), o.name_search) desc, o.id
                limit 1""")
                .param("q", typed).query(String.class).optional()).orElse(null);
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
