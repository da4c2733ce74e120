package org.peacedirectory.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The trigrams of every published organisation's names (official, acronym and translations, as
 * name_search holds them), for names that look like a misspelt word: "conasipal" shares 8 of its 10
 * trigrams with CONASCIPAL. Trigrams are taken as pg_trgm takes them: from each run of letters and
 * digits, padded with two spaces before and one after.
 */
final class NameTrigrams {

    /** A name's organisation and the share of the typed trigrams its names contain, from 0 to 1. */
    record Similar(int doc, float share) {
    }

    /**
     * Whether a name shares enough of the typed trigrams: 60 %, pg_trgm's word_similarity_threshold (in
     * integers: 0.6 as a float is a little more than 0.6). Looser than word_similarity, which scores one
     * stretch of the name: here the trigrams may come from anywhere in the organisation's names.
     */
    private static boolean reaches(int shared, int typed) {
        return shared * 5 >= typed * 3;
    }

    private final Map<Long, int[]> postings;
    /** How many distinct trigrams each organisation's names have. */
    private final int[] trigramCounts;

    NameTrigrams(String[] namesByDoc) {
        Map<Long, int[]> building = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        trigramCounts = new int[namesByDoc.length];
        for (int doc = 0; doc < namesByDoc.length; doc++) {
            long[] trigrams = trigrams(namesByDoc[doc]);
            trigramCounts[doc] = trigrams.length;
            for (long trigram : trigrams) {
                int size = sizes.merge(trigram, 1, Integer::sum);
                int[] docs = building.computeIfAbsent(trigram, t -> new int[4]);
                if (size > docs.length) {
                    docs = Arrays.copyOf(docs, docs.length * 2);
                    building.put(trigram, docs);
                }
                docs[size - 1] = doc;
            }
        }
        building.replaceAll((trigram, docs) -> Arrays.copyOf(docs, sizes.get(trigram)));
        postings = building;
    }

    /**
     * The organisations whose names contain at least 60 % of the trigrams of this text
     * (lower-case and without accents, as search_text() makes it), in number order.
     */
    Similar[] similarTo(String text) {
        long[] typed = trigrams(text);
        int[] shared = sharedCounts(typed);
        return IntStream.range(0, shared.length)
                .filter(doc -> shared[doc] > 0 && reaches(shared[doc], typed.length))
                .mapToObj(doc -> new Similar(doc, (float) shared[doc] / typed.length))
                .toArray(Similar[]::new);
    }

    /**
     * The organisation whose names are nearest this text, or -1: the most of its trigrams shared (at
     * least 60 %), then the fewest others (shorter names), then the first by name.
     */
    int nearest(String text) {
        long[] typed = trigrams(text);
        int[] shared = sharedCounts(typed);
        int best = -1;
        double bestOverlap = 0;
        for (int doc = 0; doc < shared.length; doc++) {
            if (shared[doc] == 0 || !reaches(shared[doc], typed.length)) {
                continue;
            }
            // Typed trigrams found first, then similarity over both sets: an integer part and a fraction.
            double overlap = shared[doc] + (double) shared[doc] / (typed.length + trigramCounts[doc] - shared[doc]);
            if (overlap > bestOverlap) {
                best = doc;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private int[] sharedCounts(long[] typed) {
        int[] shared = new int[trigramCounts.length];
        for (long trigram : typed) {
            for (int doc : postings.getOrDefault(trigram, new int[0])) {
                shared[doc]++;
            }
        }
        return shared;
    }

    /** The distinct trigrams of a text, each three code points packed in a long. */
    static long[] trigrams(String text) {
        long[] trigrams = new long[text.length() * 3 + 3];
        int count = 0;
        int[] points = text.codePoints().toArray();
        for (int start = 0; start < points.length; ) {
            if (!Character.isLetterOrDigit(points[start])) {
                start++;
                continue;
            }
            int end = start;
            while (end < points.length && Character.isLetterOrDigit(points[end])) {
                end++;
            }
            int[] padded = new int[end - start + 3];
            padded[0] = ' ';
            padded[1] = ' ';
            System.arraycopy(points, start, padded, 2, end - start);
            padded[padded.length - 1] = ' ';
            for (int i = 0; i + 2 < padded.length; i++) {
                trigrams[count++] = (long) padded[i] << 42 | (long) padded[i + 1] << 21 | padded[i + 2];
            }
            start = end;
        }
        return Arrays.stream(trigrams, 0, count).distinct().toArray();
    }
}
