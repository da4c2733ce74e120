package org.peacedirectory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.jspecify.annotations.Nullable;

/**
 * How typed words find organisations: every word required, each also as the beginning of a word, in any
 * of the fields below, weighted; whole words lift the best matches; names within a typing error or two.
 */
final class WordMatching {

    /** A field words are looked for in, and what a match there weighs. */
    private record Weighted(String field, float weight) {}

    /** Names weigh most, then summaries, then descriptions and place, then activities. */
    private static final List<Weighted> FIELDS = List.of(
            new Weighted("name", 4),
            new Weighted("acronym", 4),
            new Weighted("prose.name", 4),
            new Weighted("prose.summary", 2),
            new Weighted("prose.description", 1),
            new Weighted("place", 1),
            new Weighted("activities.text", 0.5f));
    /** The fields of names, where a misspelt word is looked for. */
    private static final String[] NAME_FIELDS = {"name", "acronym", "prose.name"};
    /** A word as the "text" analyser keeps it whole: letters and digits, with apostrophes inside (l'eau). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

    private WordMatching() {}

    /** The words of a text as the analyser keeps them whole, without repeats. */
    static List<String> words(@Nullable String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                if (!words.contains(matcher.group())) {
                    words.add(matcher.group());
                }
            }
        }
        return words;
    }

    /** The words typed (the whole text scoring whole words), or everything when none were. */
    static PredicateFinalStep matching(
            SearchPredicateFactory f, @Nullable String text, List<String> words, boolean fuzzyNames) {
        if (words.isEmpty()) {
            return f.matchAll();
        }
        PredicateFinalStep exact = f.bool(b -> {
            b.must(allWords(f, words));
            // Whole words, scored by how often and where they occur, lift the best matches.
            b.should(wholeWords(f).matching(text));
        });
        if (!fuzzyNames) {
            return exact;
        }
        // A single word finding few may be a misspelt name or acronym ("conasipal"): names within a
        // typing error or two come after the exact matches.
        String word = words.get(0);
        return f.or(
                exact,
                f.match()
                        .fields(NAME_FIELDS)
                        .matching(word)
                        .fuzzy(fuzziness(word))
                        .boost(0.01f));
    }

    /** Every word required, each as a word or the beginning of one, in any field. */
    static PredicateFinalStep allWords(SearchPredicateFactory f, List<String> words) {
        SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> fields = f.simpleQueryString()
                .field(FIELDS.get(0).field())
                .boost(FIELDS.get(0).weight());
        for (Weighted next : FIELDS.subList(1, FIELDS.size())) {
            fields = fields.field(next.field()).boost(next.weight());
        }
        return fields.matching(
                        String.join(" ", words.stream().map(word -> word + "*").toList()))
                .defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.AND, SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE);
    }

    /** A match of whole words over every field, each with its weight. */
    private static MatchPredicateFieldMoreStep<?, ?> wholeWords(SearchPredicateFactory f) {
        MatchPredicateFieldMoreStep<?, ?> fields =
                f.match().field(FIELDS.get(0).field()).boost(FIELDS.get(0).weight());
        for (Weighted next : FIELDS.subList(1, FIELDS.size())) {
            fields = fields.field(next.field()).boost(next.weight());
        }
        return fields;
    }

    /**
     * Organisations whose names are near the words: most of them (at least 60 %) each within two typing
     * errors of a word of the names.
     */
    static PredicateFinalStep nearNames(SearchPredicateFactory f, List<String> words) {
        return f.bool(b -> {
            for (String word : words) {
                b.should(f.match().fields(NAME_FIELDS).matching(word).fuzzy(fuzziness(word)));
            }
            // 60 % of the words, rounded up: one word must match itself (a percentage rounds down to 0).
            b.minimumShouldMatchNumber((words.size() * 3 + 4) / 5);
        });
    }

    /** Short words tolerate one typing error, longer ones two. */
    private static int fuzziness(String word) {
        return word.length() <= 4 ? 1 : 2;
    }
}
