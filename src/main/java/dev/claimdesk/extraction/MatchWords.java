package dev.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words by which claims are compared lexically: lower-cased letters and digits, web addresses
 * and very common English words left out, a plural "s" taken off.
 */
final class MatchWords {
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.|pic\\.twitter\\.com/)\\S*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "is",
            "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he", "she",
            "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "me", "him", "them", "us", "not",
            "no", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "so", "if",
            "than", "then", "there", "here", "what", "who", "which", "when", "how", "all", "just", "about", "into",
            "out", "up", "more", "s", "t", "rt", "amp");

    private MatchWords() {}

    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@(\\w+)");
    private static final Pattern TAG = Pattern.compile("(?<![\\w#])#(\\w+)");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})");

    /**
     * The text as a sentence: web addresses left out, hashtags split into their words
     * ("#AustralianFires" is "Australian Fires"), the "@" of handles dropped. Claims copied from
     * social media carry these; a claim in an article is unchanged.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = LINK.matcher(text).replaceAll(" ");
        Matcher m = TAG.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    b, Matcher.quoteReplacement(CAMEL.matcher(m.group(1)).replaceAll(" ")));
        }
        m.appendTail(b);
        s = HANDLE.matcher(b).replaceAll("$1");
        return s.replaceAll("\\s+", " ").strip();
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(clean(text));
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (STOP.contains(w)) {
                continue;
            }
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - 1);
            }
            out.add(w);
        }
        return out;
    }
}
