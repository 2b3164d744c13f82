package id.umkm.portal.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into the words InnoDB's full-text parser sees: runs of letters and digits, lower-cased.
 * InnoDB indexes a word only from 3 characters on (innodb_ft_min_token_size) and never its built-in
 * (English) stopwords; such words cannot be searched by MATCH and are treated apart by the catalogue.
 */
public final class SearchWords {

    public static final int MIN_INDEXED_LENGTH = 3;
    public static final int MAX_WORD_LENGTH = 40;
    /** More words than this in one query add nothing but work. */
    public static final int MAX_QUERY_WORDS = 8;

    /** InnoDB's default stopword list (MySQL 8 and MariaDB 10.11 share it). */
    private static final Set<String> INNODB_STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com",
            "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to",
            "was", "what", "when", "where", "who", "will", "with", "und", "www");

    private SearchWords() {
    }

    /** The distinct words of a text in their order of appearance. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && word.length() <= MAX_WORD_LENGTH) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }

    /** Whether InnoDB's full-text index holds this (lower-case) word. */
    public static boolean indexed(String word) {
        return word.length() >= MIN_INDEXED_LENGTH && !INNODB_STOPWORDS.contains(word);
    }
}
