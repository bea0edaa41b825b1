package dev.claimdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.domain.ArticleMetadata;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceLinesTest {
    static final ArticleMetadata NOTHING = new ArticleMetadata(null, null, null, null, null);

    /** Names as bylines print them; the ones written in capitals too ({@link #CAPITALISABLE}). */
    static final List<String> NAMES = List.of(
            "Cheng Yu",
            "Ma Si",
            "Marta Kowalczyk",
            "Jean-Paul Martin",
            "Liam O'Neil",
            "J. R. Smith",
            "José Müller",
            "Ludwig van Beethoven",
            "Ana de la Cruz",
            "王鹏",
            "Aoife Ní Bhriain");

    static final List<String> CAPITALISABLE =
            List.of("Cheng Yu", "Ma Si", "Marta Kowalczyk", "Jean-Paul Martin", "Liam O'Neil", "José Müller");

    /** Outlets whose name says it is one (so "By X, Outlet" is not taken for one more author). */
    static final List<String> OUTLETS = List.of("China Daily", "Nordhaven Post", "The Harbour Times", "Reuters");

    static final List<String> DATE_FORMS = List.of(
            "MMMM d, uuuu",
            "MMM d, uuuu",
            "MMM. d, uuuu",
            "d MMMM uuuu",
            "d MMM uuuu",
            "uuuu-MM-dd",
            "uuuu/MM/dd",
            "EEEE, MMMM d, uuuu",
            "EEE, d MMM uuuu HH:mm:ss 'GMT'",
            "H:mm, MMMM d, uuuu",
            "uuuu-MM-dd HH:mm",
            "uuuu-MM-dd'T'HH:mm:ssXXX",
            "MMMM d, uuuu 'at' h:mm a",
            "d MMMM uuuu, HH:mm 'UTC'");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theHeaderOfAnArticleGivesItsAuthorOutletAndDate(long seed) {
        Random r = new Random(seed);
        boolean capitals = r.nextInt(4) == 0;
        List<String> pool = capitals ? CAPITALISABLE : NAMES;
        List<String> names = new ArrayList<>(pool);
        Collections.shuffle(names, r);
        names = names.subList(0, 1 + r.nextInt(3));
        String joined = join(names, r);
        String expectedAuthor = joined;
        String written = capitals ? joined.toUpperCase(Locale.ROOT) : joined;
        String prefix = pick(r, "By ", "BY ", "by ", "Author: ", "Authors: ", "Written by ", "Reported by ");
        String place = r.nextInt(3) == 0 ? (capitals ? " IN BEIJING" : " in Hong Kong") : "";
        String outlet = r.nextBoolean() ? pick(r, OUTLETS.toArray(String[]::new)) : null;
        String byline = prefix + written + place;
        if (outlet != null) {
            byline += pick(r, " | ", " — ", " - ", ", ") + outlet;
        }

        LocalDate published = LocalDate.of(2000 + r.nextInt(31), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String dateline =
                pick(r, "Published: ", "Published ", "Posted on ", "First published ", "") + format(published, r);
        LocalDate updated = published.plusDays(1 + r.nextInt(30));
        String updateLine = pick(r, "Updated: ", "Updated ", "Last updated ") + format(updated, r);

        List<String> header = new ArrayList<>(List.of(byline, dateline));
        if (r.nextBoolean()) {
            header.add(updateLine);
        }
        Collections.shuffle(header, r);
        if (r.nextInt(4) == 0) { // on one line, as China Daily prints it
            header = List.of(byline + " | " + dateline);
        }
        List<String> lines = new ArrayList<>();
        lines.add("Robots danced for 1 billion viewers, and other claims");
        if (r.nextBoolean()) {
            lines.add("PDF View");
        }
        for (String h : header) {
            lines.add(h);
            if (r.nextBoolean()) {
                lines.add("");
            }
        }
        lines.add("By 2030 the country will have 64 percent of the market, the chatbot said.");
        lines.add("The company was founded in 2016 and sold 278 robots on May 3, 2024.");

        ArticleMetadata found = SourceLines.fill(NOTHING, String.join("\n", lines));

        String text = String.join("\n", lines);
        assertThat(found.author()).as(text).isEqualTo(expectedAuthor);
        assertThat(found.outlet()).as(text).isEqualTo(outlet);
        assertThat(found.publishedOn()).as(text).isEqualTo(published);
        assertThat(found.title()).isNull();
    }

    /** Sentences and lines that look a little like bylines or datelines, and are neither. */
    static final List<String> NOT_BYLINES = List.of(
            "By {year} the country will have {n} percent of the market.",
            "By {year}, {n} percent of cars sold in Europe will be electric, the agency predicts.",
            "By {weekday}, the company had sold {n} units.",
            "By {weekday} Afternoon It Was Over",
            "By contrast, the older plant uses {n} percent more energy.",
            "By Contrast",
            "By then it was too late.",
            "By The Numbers",
            "By {month}",
            "By {month} {year} the plant will be finished",
            "By comparison the old battery stored {n} MWh.",
            "By cutting costs by {n} percent, Unitree doubled its output.",
            "By far the largest order in its history",
            "By Design",
            "BY THE WAY",
            "By {n} votes to {n}, the council approved the plan",
            "Published: yesterday",
            "Updated to reflect the company's statement",
            "Updated {year}-02-30",
            "Published: {n}/02/{year}",
            "{month} {year} was the warmest month on record",
            "{weekday}, {month} {n}, the day the robots danced",
            "Author of the report, Wang Peng, said {n} companies joined.",
            "Posted by an anonymous user on a forum",
            "PDF View");

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sentencesThatStartLikeABylineOrADateAreNeither(long seed) {
        Random r = new Random(seed);
        String template = NOT_BYLINES.get(r.nextInt(NOT_BYLINES.size()));
        String line = template.replace("{year}", Integer.toString(2000 + r.nextInt(40)))
                .replace("{n}", Integer.toString(2 + r.nextInt(90)))
                .replace("{month}", pick(r, "January", "March", "May", "June", "December"))
                .replace("{weekday}", pick(r, "Monday", "Friday", "Sunday"));
        String text = "Headline of a short note\n\n" + line + "\n\nThe company sold 278 robots in 2024.";

        ArticleMetadata found = SourceLines.fill(NOTHING, text);

        assertThat(found.author()).as(line).isNull();
        assertThat(found.outlet()).as(line).isNull();
        assertThat(found.publishedOn()).as(line).isNull();
    }

    @Test
    void theSampleArticlesHeaderGivesAuthorAndDate() {
        String header = "Published: 11:53, February 11, 2025\nPDF View\n"
                + "Chinese startups giving more Western peers run for money\nBy Cheng Yu\n\n"
                + "Companies break hegemony with smart breakthroughs, independent innovations\n";
        ArticleMetadata found = SourceLines.fill(NOTHING, header);
        assertThat(found.author()).isEqualTo("Cheng Yu");
        assertThat(found.publishedOn()).isEqualTo(LocalDate.of(2025, 2, 11));
        assertThat(found.outlet()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "By CHENG YU | China Daily | Updated: 2025-02-11 07:53",
                "By Cheng Yu in Beijing | China Daily\nUpdated 2025-02-11 11:53",
                "China Daily · By Cheng Yu · 11 Feb 2025",
                "By Cheng Yu, China Daily\nFebruary 11, 2025"
            })
    void aBylineNamingItsOutletFillsTheOutlet(String header) {
        ArticleMetadata found = SourceLines.fill(NOTHING, "Headline\n" + header + "\n\nText of it.");
        assertThat(found.author()).isEqualTo("Cheng Yu");
        assertThat(found.outlet()).isEqualTo("China Daily");
        assertThat(found.publishedOn()).isEqualTo(LocalDate.of(2025, 2, 11));
    }

    @Test
    void severalAuthorsAreKeptTogether() {
        assertThat(SourceLines.fill(NOTHING, "By Cheng Yu and Ma Si\n").author())
                .isEqualTo("Cheng Yu and Ma Si");
        assertThat(SourceLines.fill(NOTHING, "BY CHENG YU AND MA SI\n").author())
                .isEqualTo("Cheng Yu and Ma Si");
        assertThat(SourceLines.fill(NOTHING, "Authors: Cheng Yu, Ma Si & Liu Wei\n")
                        .author())
                .isEqualTo("Cheng Yu, Ma Si & Liu Wei");
    }

    @Test
    void aPublishedDateWinsOverAnUpdateAndWhatTheFileSaidWinsOverBoth() {
        String text = "Updated 2025-02-12 08:00\nPublished 2025-02-11 11:53\nBy Cheng Yu\n";
        assertThat(SourceLines.fill(NOTHING, text).publishedOn()).isEqualTo(LocalDate.of(2025, 2, 11));
        assertThat(SourceLines.fill(NOTHING, "Updated 2025-02-12 08:00\n").publishedOn())
                .isEqualTo(LocalDate.of(2025, 2, 12));
        ArticleMetadata given = new ArticleMetadata("T", "Given Post", "Given Name", null, LocalDate.of(2020, 1, 1));
        assertThat(SourceLines.fill(given, text)).isEqualTo(given);
    }

    @Test
    void onlyTheFirstLinesAreLookedAt() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SourceLines.LINES; i++) {
            text.append("Paragraph ").append(i).append(" of the article.\n\n");
        }
        text.append("By Cheng Yu\nFebruary 11, 2025\n");
        ArticleMetadata found = SourceLines.fill(NOTHING, text.toString());
        assertThat(found.author()).isNull();
        assertThat(found.publishedOn()).isNull();
    }

    @Test
    void aHugeFirstLineIsSkippedWithoutBeingRead() {
        String text = "By " + "Name ".repeat(400_000) + "\nBy Cheng Yu\n2025-02-11";
        ArticleMetadata found = SourceLines.fill(NOTHING, text);
        assertThat(found.author()).isEqualTo("Cheng Yu");
        assertThat(found.publishedOn()).isEqualTo(LocalDate.of(2025, 2, 11));
    }

    private static String join(List<String> names, Random r) {
        if (names.size() == 1) {
            return names.get(0);
        }
        String last = pick(r, " and ", " & ");
        if (names.size() == 2) {
            return names.get(0) + last + names.get(1);
        }
        return names.get(0) + ", " + names.get(1) + last + names.get(2);
    }

    private static String format(LocalDate date, Random r) {
        String form = DATE_FORMS.get(r.nextInt(DATE_FORMS.size()));
        LocalTime time = LocalTime.of(r.nextInt(24), r.nextInt(60), r.nextInt(60));
        DateTimeFormatter f = DateTimeFormatter.ofPattern(form, Locale.ENGLISH);
        return form.contains("XXX")
                ? f.format(date.atTime(time).atOffset(java.time.ZoneOffset.ofHours(8)))
                : f.format(date.atTime(time));
    }

    private static String pick(Random r, String... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
