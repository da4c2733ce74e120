package org.peacedirectory.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A published organisation as the search index holds it: its official name and all its names as
 * search_text() writes them (for names like a misspelt word), the words of its search document, each
 * with the heaviest weight it has there, the values its facets count, and its place among the most
 * recently updated (0 for the latest).
 */
record IndexedOrganisation(
        long id,
        String name,
        String nameSearch,
        int updateRank,
        long version,
        List<Lexeme> lexemes,
        List<String> countries,
        List<String> themes,
        List<String> levels,
        boolean verified,
        int lastActivityYear) {

    /**
     * One word of a search document: its heaviest weight (3 for A, the names and acronym, down to 0 for D,
     * the activities) and how many times it occurs.
     */
    record Lexeme(String term, int weight, int count) {
    }

    /**
     * The lexemes of a tsvector as PostgreSQL writes it ({@code 'arms':5A,9 'civil':3B}): each quoted, a
     * quote inside doubled and a backslash escaped, then its positions, each with A, B or C unless D.
     */
    static List<Lexeme> lexemes(String tsvector) {
        List<Lexeme> lexemes = new ArrayList<>();
        int at = 0;
        int length = tsvector.length();
        StringBuilder term = new StringBuilder();
        while (at < length) {
            if (tsvector.charAt(at) != '\'') {
                at++;
                continue;
            }
            term.setLength(0);
            at++;
            while (at < length) {
                char c = tsvector.charAt(at);
                if (c == '\'' && at + 1 < length && tsvector.charAt(at + 1) == '\'') {
                    term.append('\'');
                    at += 2;
                } else if (c == '\'') {
                    at++;
                    break;
                } else if (c == '\\' && at + 1 < length) {
                    term.append(tsvector.charAt(at + 1));
                    at += 2;
                } else {
                    term.append(c);
                    at++;
                }
            }
            int weight = 0;
            int count = 1;
            if (at < length && tsvector.charAt(at) == ':') {
                for (at++; at < length && tsvector.charAt(at) != ' '; at++) {
                    char c = tsvector.charAt(at);
                    if (c == ',') {
                        count++;
                    } else if (c >= 'A' && c <= 'C') {
                        weight = Math.max(weight, 'D' - c);
                    }
                }
            }
            lexemes.add(new Lexeme(term.toString(), weight, count));
        }
        return lexemes;
    }
}
