package dev.claimdesk.ingest;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline of an article's first lines: "Published: 11:53, February 11, 2025", "Updated
 * 2025-02-11 11:53", "Tue, 11 Feb 2025", or a date alone on its line. The date is read with
 * java.time in English, strictly (February 30 and a wrong weekday are no date); a time or zone
 * beside it is allowed and ignored, so the date is the one printed, in the article's own time.
 * Numeric day/month forms (02/11/2025) are left alone: they mean different days in different
 * countries, and a wrong date prefilled is worse than none.
 */
final class Dateline {
    /** The date of a line and whether the line said it is an update rather than the publication. */
    record Found(LocalDate date, boolean updated) {}

    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^(first published|published|posted|last updated|updated|last modified|modified|date)\\b"
                    + "(?:\\s+on\\b)?\\s*[:\\-–—]?\\s*(.+)$");

    private static final String BEFORE = "[EEEE, ][EEE, ][H:mm, ][H:mm ]";
    private static final String AFTER = "[[,][ 'at'] H:mm[:ss][ a]][ O][ z]";
    private static final List<String> DATES = List.of(
            "MMMM d[,] uuuu", "MMM[.] d[,] uuuu", "d MMMM[,] uuuu", "d MMM[.][,] uuuu", "uuuu-MM-dd", "uuuu/MM/dd");

    private static final List<DateTimeFormatter> FORMATS = DATES.stream()
            .map(date -> new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(BEFORE + date + AFTER)
                    .toFormatter(Locale.ENGLISH)
                    .withChronology(IsoChronology.INSTANCE)
                    .withResolverStyle(ResolverStyle.STRICT)
                    // Only the date is resolved (the weekday checked against it); times and zones are
                    // parsed so that they may stand there, then ignored.
                    .withResolverFields(
                            ChronoField.YEAR,
                            ChronoField.MONTH_OF_YEAR,
                            ChronoField.DAY_OF_MONTH,
                            ChronoField.DAY_OF_WEEK))
            .toList();

    private Dateline() {}

    /** The date of a dateline, or null when the text is not one. */
    static Found parse(String text) {
        String t = text.strip();
        if (t.length() < 8 || t.length() > 80) {
            return null;
        }
        Matcher m = LABEL.matcher(t);
        if (m.matches()) {
            LocalDate d = date(m.group(2).strip());
            String label = m.group(1).toLowerCase(Locale.ROOT);
            return d == null ? null : new Found(d, label.contains("updated") || label.contains("modified"));
        }
        LocalDate d = date(t);
        return d == null ? null : new Found(d, false);
    }

    /** A date, with or without a time and zone, or null when the whole text is not one. */
    static LocalDate date(String text) {
        for (DateTimeFormatter f : FORMATS) {
            try {
                return f.parse(text, LocalDate::from);
            } catch (DateTimeParseException e) {
                // not this form; try the next
            }
        }
        try {
            return DateTimeFormatter.ISO_DATE_TIME.parse(text, LocalDate::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
