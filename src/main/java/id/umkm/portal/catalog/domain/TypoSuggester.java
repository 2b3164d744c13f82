package id.umkm.portal.catalog.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * Picks the known word closest to a misspelt one: optimal string alignment distance (insertions,
 * deletions, substitutions and swaps of neighbours), at most 1 edit for words up to 4 letters and 2
 * for longer ones. Ties go to the candidate sharing the longer beginning, then to the alphabetically
 * first, so the answer is stable.
 */
public final class TypoSuggester {

    private TypoSuggester() {
    }

    public static int maxDistance(String word) {
        return word.length() <= 4 ? 1 : 2;
    }

    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestPrefix = -1;
        for (String candidate : candidates) {
            if (candidate.equals(word)) {
                return Optional.empty();
            }
            int d = distance(word, candidate);
            if (d > maxDistance(word)) {
                continue;
            }
            int prefix = commonPrefix(word, candidate);
            if (d < bestDistance || d == bestDistance && (prefix > bestPrefix || prefix == bestPrefix && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
                bestPrefix = prefix;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance (restricted Damerau-Levenshtein). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
