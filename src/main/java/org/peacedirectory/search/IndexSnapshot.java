package org.peacedirectory.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.peacedirectory.search.IndexedOrganisation.Lexeme;

/**
 * An immutable in-memory index of the published organisations: for every word of their search
 * documents, the organisations it occurs in; for every organisation, its facet values. Organisations
 * are numbered in the order of their official names, so a list by name is a list by number, and every
 * word's list of organisations is in that order too.
 */
final class IndexSnapshot {

    /** Changes whenever a published organisation changes, is published or is withdrawn (see V8). */
    record Fingerprint(long count, long versionSum) {
    }

    /**
     * Organisations (by number, ascending) with their relevance scores; no scores when no words were
     * asked for.
     */
    record Matches(int[] docs, float[] scores) {

        int size() {
            return docs.length;
        }

        float score(int index) {
            return scores == null ? 0 : scores[index];
        }

        /** The organisations in both, each scored by the sum of its two scores. */
        Matches and(Matches other) {
            int[] docs = new int[Math.min(size(), other.size())];
            float[] scores = new float[docs.length];
            int count = 0;
            for (int i = 0, j = 0; i < size() && j < other.size(); ) {
                if (this.docs[i] < other.docs[j]) {
                    i++;
                } else if (this.docs[i] > other.docs[j]) {
                    j++;
                } else {
                    docs[count] = this.docs[i];
                    scores[count++] = score(i++) + other.score(j++);
                }
            }
            return new Matches(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count));
        }
    }

    /**
     * One multi-valued facet: its distinct values and, for each organisation, the numbers of its own,
     * all in one array (an organisation's are at [starts[doc], starts[doc + 1])): counting walks it in
     * order instead of visiting an array per organisation.
     */
    record FacetColumn(List<String> values, int[] starts, int[] numbers) {

        static FacetColumn of(List<IndexedOrganisation> organisations, Function<IndexedOrganisation, List<String>> read) {
            Map<String, Integer> numbering = new LinkedHashMap<>();
            int[] starts = new int[organisations.size() + 1];
            int[] numbers = new int[organisations.size()];
            int count = 0;
            for (int doc = 0; doc < organisations.size(); doc++) {
                for (String value : read.apply(organisations.get(doc))) {
                    if (count == numbers.length) {
                        numbers = Arrays.copyOf(numbers, count * 2 + 1);
                    }
                    numbers[count++] = numbering.computeIfAbsent(value, v -> numbering.size());
                }
                starts[doc + 1] = count;
            }
            return new FacetColumn(List.copyOf(numbering.keySet()), starts, Arrays.copyOf(numbers, count));
        }
    }

    private static final Matches NONE = new Matches(new int[0], new float[0]);
    /** What a word weighs by where it is, as ts_rank weighs them: activities, descriptions, summaries, names. */
    private static final float[] WEIGHTS = {0.1f, 0.2f, 0.4f, 1.0f};
    /** A word typed whole counts a little more than one it only begins. */
    private static final float PREFIX_ONLY = 0.9f;
    /** And a word said often a little more than one said once, never as much as a heavier place. */
    private static final float PER_OCCURRENCE = 0.005f;
    private static final int MAX_OCCURRENCES = 10;

    private final long[] ids;
    private final String[] names;
    private final NameTrigrams nameTrigrams;
    private final int[] byUpdate;
    private final int[] updateRank;
    private final String[] terms;
    private final int[][] postings;
    /** For each posting: the word's weight there (two bits) and its occurrences (six bits). */
    private final byte[][] marks;
    final FacetColumn countries;
    final FacetColumn themes;
    final FacetColumn levels;
    final boolean[] verified;
    final int[] lastActivityYear;
    final Fingerprint fingerprint;

    private IndexSnapshot(List<IndexedOrganisation> inNameOrder) {
        int size = inNameOrder.size();
        ids = new long[size];
        names = new String[size];
        String[] nameSearches = new String[size];
        verified = new boolean[size];
        lastActivityYear = new int[size];
        long versionSum = 0;
        Map<String, PostingsBuilder> words = new HashMap<>();
        for (int doc = 0; doc < size; doc++) {
            IndexedOrganisation organisation = inNameOrder.get(doc);
            ids[doc] = organisation.id();
            names[doc] = organisation.name();
            nameSearches[doc] = organisation.nameSearch();
            verified[doc] = organisation.verified();
            lastActivityYear[doc] = organisation.lastActivityYear();
            versionSum += organisation.version();
            for (Lexeme lexeme : organisation.lexemes()) {
                words.computeIfAbsent(lexeme.term(), term -> new PostingsBuilder()).add(doc, lexeme);
            }
        }
        fingerprint = new Fingerprint(size, versionSum);
        nameTrigrams = new NameTrigrams(nameSearches);
        terms = words.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        postings = new int[terms.length][];
        marks = new byte[terms.length][];
        for (int t = 0; t < terms.length; t++) {
            PostingsBuilder builder = words.get(terms[t]);
            postings[t] = Arrays.copyOf(builder.docs, builder.size);
            marks[t] = Arrays.copyOf(builder.marks, builder.size);
        }
        countries = FacetColumn.of(inNameOrder, IndexedOrganisation::countries);
        themes = FacetColumn.of(inNameOrder, IndexedOrganisation::themes);
        levels = FacetColumn.of(inNameOrder, IndexedOrganisation::levels);

        updateRank = new int[size];
        byUpdate = new int[size];
        for (int doc = 0; doc < size; doc++) {
            updateRank[doc] = inNameOrder.get(doc).updateRank();
            byUpdate[updateRank[doc]] = doc;
        }
    }

    /** The index of these organisations, given in the order of their official names. */
    static IndexSnapshot of(List<IndexedOrganisation> inNameOrder) {
        return new IndexSnapshot(inNameOrder);
    }

    int size() {
        return ids.length;
    }

    long id(int doc) {
        return ids[doc];
    }

    /**
     * The organisations whose names look like this text (lower-case and without accents, as search_text()
     * makes it), in number order, each scored below every word match: the share of its trigrams they
     * contain, less one.
     */
    Matches withNamesLike(String text) {
        NameTrigrams.Similar[] similar = nameTrigrams.similarTo(text);
        int[] docs = new int[similar.length];
        float[] scores = new float[similar.length];
        for (int i = 0; i < similar.length; i++) {
            docs[i] = similar[i].doc();
            scores[i] = similar[i].share() - 1;
        }
        return new Matches(docs, scores);
    }

    /** The official name nearest this text (see {@link NameTrigrams#nearest}), or null. */
    String nearestName(String text) {
        int doc = nameTrigrams.nearest(text);
        return doc < 0 ? null : names[doc];
    }

    /** Every organisation, without scores. */
    Matches all() {
        int[] docs = new int[ids.length];
        Arrays.setAll(docs, doc -> doc);
        return new Matches(docs, null);
    }

    /** The organisations whose documents have every word, each word as the beginning of a word there. */
    Matches matching(List<String> words) {
        if (words.isEmpty()) {
            return NONE;
        }
        Matches result = null;
        for (String word : words) {
            Matches hits = beginningWith(word);
            result = result == null ? hits : result.and(hits);
            if (result.size() == 0) {
                break;
            }
        }
        return result;
    }

    private Matches beginningWith(String word) {
        int found = Arrays.binarySearch(terms, word);
        int from = found >= 0 ? found : -found - 1;
        int to = from;
        long hits = 0;
        while (to < terms.length && terms[to].startsWith(word)) {
            hits += postings[to++].length;
        }
        if (to - from == 1) {
            float[] scores = new float[postings[from].length];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = score(marks[from][i], terms[from].length() == word.length());
            }
            return new Matches(postings[from], scores);
        }
        // Several words begin so: each organisation is scored by the best of them it has.
        return hits * 32 < ids.length ? bestOfFew(from, to, word, (int) hits) : bestOfMany(from, to, word, (int) hits);
    }

    /**
     * Few hits: sorted as (number, score) pairs. A positive float's bits sort as the float does, so each
     * organisation's best score comes last among its own.
     */
    private Matches bestOfFew(int from, int to, String word, int hits) {
        long[] pairs = new long[hits];
        int count = 0;
        for (int t = from; t < to; t++) {
            boolean whole = terms[t].length() == word.length();
            for (int i = 0; i < postings[t].length; i++) {
                pairs[count++] = (long) postings[t][i] << 32 | Float.floatToIntBits(score(marks[t][i], whole));
            }
        }
        Arrays.sort(pairs);
        int[] docs = new int[pairs.length];
        float[] scores = new float[pairs.length];
        int distinct = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (i + 1 == pairs.length || pairs[i + 1] >>> 32 != pairs[i] >>> 32) {
                docs[distinct] = (int) (pairs[i] >>> 32);
                scores[distinct++] = Float.intBitsToFloat((int) pairs[i]);
            }
        }
        return new Matches(Arrays.copyOf(docs, distinct), Arrays.copyOf(scores, distinct));
    }

    /** Many hits: the best score of each organisation kept in one array over all of them (every score is positive). */
    private Matches bestOfMany(int from, int to, String word, int hits) {
        float[] best = new float[ids.length];
        for (int t = from; t < to; t++) {
            boolean whole = terms[t].length() == word.length();
            for (int i = 0; i < postings[t].length; i++) {
                best[postings[t][i]] = Math.max(best[postings[t][i]], score(marks[t][i], whole));
            }
        }
        int[] docs = new int[Math.min(hits, best.length)];
        float[] scores = new float[docs.length];
        int count = 0;
        for (int doc = 0; doc < best.length; doc++) {
            if (best[doc] > 0) {
                docs[count] = doc;
                scores[count++] = best[doc];
            }
        }
        return new Matches(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count));
    }

    private static float score(byte mark, boolean whole) {
        return WEIGHTS[(mark >> 6) & 3] * (whole ? 1 : PREFIX_ONLY) + PER_OCCURRENCE * (mark & 63);
    }

    /**
     * The ids of the organisations at [offset, offset + limit) of these (given in number order), in the
     * given order: by score (then name), by name, or most recently updated first.
     */
    List<Long> page(int[] docs, float[] scores, SearchQuery.Sort sort, long offset, int limit) {
        if (offset >= docs.length) {
            return List.of();
        }
        int end = (int) Math.min(docs.length, offset + limit);
        List<Long> page = new ArrayList<>(limit);
        if (sort == SearchQuery.Sort.NAME) {
            for (int i = (int) offset; i < end; i++) {
                page.add(ids[docs[i]]); // numbers are name order
            }
            return page;
        }
        long[] keys = new long[docs.length];
        for (int i = 0; i < docs.length; i++) {
            // Most recently updated first, or highest score first: scores are at least -1 (see
            // OrganisationSearch), so shifted up by 1 they are positive, and a positive float's bits order
            // as the float does.
            keys[i] = sort == SearchQuery.Sort.UPDATED ? updateRank[docs[i]]
                    : (long) (Integer.MAX_VALUE - Float.floatToIntBits(scores[i] + 1)) << 32 | docs[i];
        }
        long[] first = Smallest.of(keys, end);
        for (int i = (int) offset; i < end; i++) {
            int doc = sort == SearchQuery.Sort.UPDATED ? byUpdate[(int) first[i]] : (int) first[i];
            page.add(ids[doc]);
        }
        return page;
    }

    /** A word's organisations as they are added, in number order. */
    private static final class PostingsBuilder {
        int[] docs = new int[4];
        byte[] marks = new byte[4];
        int size;

        void add(int doc, Lexeme lexeme) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                marks = Arrays.copyOf(marks, size * 2);
            }
            docs[size] = doc;
            marks[size++] = (byte) (lexeme.weight() << 6 | Math.min(lexeme.count(), MAX_OCCURRENCES));
        }
    }
}
