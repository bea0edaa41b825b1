package dev.claimdesk.extraction;

import java.util.Locale;

/**
 * The lexical signals of one sentence, computed once and shared by the scorer, the kinds and the
 * red flags. Word patterns run on the lower-cased sentence: case-insensitive regular expressions
 * were the detector's main cost.
 */
final class Signals {
    final String text;
    final String lower;
    final String superlative;
    final boolean change;
    final boolean comparison;
    final boolean share;
    final boolean ranking;
    final boolean prediction;
    final boolean exhortation;
    final boolean statistics;
    final boolean factual;
    final boolean smallTalk;
    final boolean question;
    final int opinions;
    final int words;
    /** The letter runs of the lower-cased sentence and where each starts. */
    final java.util.List<String> wordSet;

    final int[] wordStarts;
    private final LexiconIndex.Hits hits;

    private Signals(String text) {
        this.text = text;
        String l = text.toLowerCase(Locale.ROOT);
        // Lower-casing keeps offsets for all but a few letters (Turkish dotted I); then match the original.
        this.lower = l.length() == text.length() ? l : text;
        this.wordSet = new java.util.ArrayList<>(text.length() / 5 + 4);
        this.wordStarts = WordSet.tokens(lower, wordSet);
        this.hits = Lexicon.INDEX.scan(lower, wordSet, wordStarts);
        this.superlative = superlative();
        this.change = find(Lexicon.CHANGE);
        this.comparison = find(Lexicon.COMPARISON);
        this.share = find(Lexicon.SHARE);
        this.ranking = find(Lexicon.RANKING);
        this.prediction = find(Lexicon.PREDICTION);
        this.exhortation = find(Lexicon.EXHORTATION);
        this.statistics = find(Lexicon.STATISTICS);
        this.factual = find(Lexicon.FACTUAL_VERB);
        this.words = countWords(text);
        this.smallTalk = words < 12 && find(Lexicon.SMALL_TALK);
        this.question = text.indexOf('?') >= 0
                && (text.strip().endsWith("?")
                        || Lexicon.QUESTION_START.matcher(lower).matches());
        this.opinions = count(Lexicon.OPINION);
    }

    static Signals of(String text) {
        return new Signals(text);
    }

    /** Whether a lexicon made only of plain words (no phrases, no patterns) has a word here. */
    boolean hasWord(WordSet w) {
        return (hits.mask & (1L << w.id)) != 0;
    }

    boolean find(WordSet w) {
        return (hits.mask & (1L << w.id)) != 0 || w.restMatches(this);
    }

    boolean hasGateWord(WordSet w) {
        return (hits.mask & (1L << (LexiconIndex.GATE + w.id))) != 0;
    }

    private int count(WordSet w) {
        int n = hits.count[w.id];
        return n >= 3 ? 3 : n + w.restCount(this, 3 - n);
    }

    /** The superlative as written, from the earliest of a word, phrase or pattern match. */
    private String superlative() {
        WordSet w = Lexicon.SUPERLATIVE;
        int[] rest = w.restFind(this);
        int at = hits.first[w.id];
        if (rest != null && (at < 0 || rest[0] <= at)) {
            return text.substring(rest[0], rest[1]);
        }
        if (at < 0) {
            return null;
        }
        int end = hits.firstEnd[w.id];
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++; // "most-watched": the word continues past the lexicon's letters
        }
        return text.substring(at, end);
    }

    static int countWords(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}
