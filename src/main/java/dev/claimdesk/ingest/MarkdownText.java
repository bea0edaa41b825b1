package dev.claimdesk.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown to the plain text a reader sees: heading marks, emphasis, link targets, images and
 * code fences removed; paragraphs kept. The first level-1 heading is the title.
 */
final class MarkdownText {
    private MarkdownText() {}

    record Result(String text, String title) {}

    static Result convert(String markdown) {
        List<String> out = new ArrayList<>();
        String title = null;
        boolean fence = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            String l = fence ? line : inline(line);
            if (!fence) {
                if (l.matches("^#{1,6}\\s+.*")) {
                    l = l.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+\\s*$", "");
                    if (title == null && line.startsWith("# ")) {
                        title = l.strip();
                    }
                } else if (l.matches("^\\s*(?:[-*_]\\s*){3,}$")) {
                    l = "";
                } else {
                    l = l.replaceFirst("^\\s*>\\s?", "").replaceFirst("^\\s*[-*+]\\s+", "");
                }
            }
            out.add(l);
        }
        return new Result(String.join("\n", out), title);
    }

    private static String inline(String line) {
        return line.replaceAll("!\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\[([^\\]]+)]\\([^)]*\\)", "$1")
                .replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
                .replaceAll("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])", "$2")
                .replaceAll("`([^`]+)`", "$1");
    }
}
