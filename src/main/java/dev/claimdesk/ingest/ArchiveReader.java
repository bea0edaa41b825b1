package dev.claimdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.domain.ArchiveEntry;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads prior fact-checks for the archive: ClaimReview JSON-LD (one object, an array, an
 * {@code @graph}, as publishers and our own export write it, or the {@code claims} list of Google's
 * Fact Check Tools) or CSV/TSV with a header naming at least {@code claim} and optionally {@code
 * id}, {@code rating}, {@code url}, {@code date}, {@code publisher}, {@code claimant}. Everything or
 * nothing: a file with a bad entry is refused with a message naming it.
 */
public final class ArchiveReader {
    /** Files above this size are refused (a large publisher's whole archive is a few tens of MB). */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private static final int MAX_CLAIM_CHARS = 5000;

    private ArchiveReader() {}

    public static List<ArchiveEntry> read(Path file) {
        String text = decode(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return json(text, file.getFileName().toString());
        }
        if (name.endsWith(".json") || name.endsWith(".jsonld")) {
            throw bad(file.getFileName() + " is not JSON: a ClaimReview file starts with { or [.");
        }
        return table(
                text,
                name.endsWith(".tsv") || firstLine(text).contains("\t"),
                file.getFileName().toString());
    }

    private static String decode(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw bad(file.getFileName() + " is empty: there are no fact-checks to import.");
            }
            if (size > MAX_BYTES) {
                throw bad(file.getFileName() + " is too large for an archive file (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB).");
            }
            byte[] bytes = Files.readAllBytes(file);
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            if (s.indexOf('\0') >= 0) {
                throw bad(file.getFileName() + " is not a text file: it holds binary data.");
            }
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (NoSuchFileException e) {
            throw new ClaimDeskException(Problem.INVALID_INPUT, "There is no file " + file + ".", e);
        } catch (CharacterCodingException e) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    file.getFileName() + " is not UTF-8 text: save it as UTF-8 and try again.",
                    e);
        } catch (IOException e) {
            throw new ClaimDeskException(Problem.INVALID_INPUT, "ClaimDesk could not read " + file + ".", e);
        }
    }

    // ---- JSON-LD

    private static List<ArchiveEntry> json(String text, String name) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    name + " is not valid JSON (line " + e.getLocation().getLineNr() + "). Nothing was imported.",
                    e);
        }
        List<ArchiveEntry> out = new ArrayList<>();
        collect(root, out, name);
        if (out.isEmpty()) {
            throw bad(name + " holds no ClaimReview: nothing was imported.");
        }
        return out;
    }

    private static void collect(JsonNode node, List<ArchiveEntry> out, String name) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, name));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isType(node, "ClaimReview")) {
            out.add(review(node, null, null, null, name, out.size() + 1));
        } else if (node.has("claimReview") && node.has("text")) {
            // Google Fact Check Tools: a claim with its reviews.
            String claim = text(node, "text");
            String claimant = text(node, "claimant");
            String claimDate = text(node, "claimDate");
            for (JsonNode r : node.path("claimReview")) {
                out.add(review(r, claim, claimant, claimDate, name, out.size() + 1));
            }
        } else {
            collect(node.get("@graph"), out, name);
            collect(node.get("claims"), out, name);
            collect(node.get("claimReview"), out, name);
        }
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode t = node.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (type.equals(x.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asText());
    }

    private static ArchiveEntry review(
            JsonNode r, String claimText, String claimant, String claimDate, String name, int number) {
        String claim = claimText != null ? claimText : text(r, "claimReviewed");
        if (claim == null || claim.isBlank()) {
            throw bad("Fact-check " + number + " in " + name + " names no claim (claimReviewed is missing)."
                    + " Nothing was imported.");
        }
        String rating = text(r, "textualRating");
        if (rating == null) {
            JsonNode rr = r.path("reviewRating");
            rating = rr.isArray() ? text(rr.path(0), "alternateName") : text(rr, "alternateName");
            if (rating == null && rr.has("ratingValue")) {
                rating = rr.path("ratingValue").asText()
                        + (rr.has("bestRating") ? " of " + rr.path("bestRating").asText() : "");
            }
        }
        JsonNode publisher = r.has("publisher") ? r.get("publisher") : r.get("author");
        String pub = publisher == null ? null : publisher.isTextual() ? publisher.asText() : text(publisher, "name");
        if (claimant == null) {
            JsonNode author = r.path("itemReviewed").path("author");
            claimant = author.isTextual() ? author.asText() : text(author, "name");
        }
        String url = text(r, "url");
        String date = text(r, "reviewDate") != null ? text(r, "reviewDate") : text(r, "datePublished");
        LocalDate on = date(date != null ? date : claimDate, "fact-check " + number + " in " + name);
        return entry(
                text(r, "identifier"), claim, rating, on, pub, url, claimant, "Fact-check " + number + " in " + name);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    // ---- CSV / TSV

    private static final List<String> COLUMNS =
            List.of("id", "claim", "rating", "url", "date", "publisher", "claimant");

    private static List<ArchiveEntry> table(String text, boolean tabs, String name) {
        CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.RFC4180)
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .build();
        List<ArchiveEntry> out = new ArrayList<>();
        try (Reader in = new StringReader(text);
                CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String h : parser.getHeaderNames()) {
                String key = h.strip().toLowerCase(Locale.ROOT);
                if (COLUMNS.contains(key)) {
                    columns.put(key, h);
                }
            }
            if (!columns.containsKey("claim")) {
                throw bad(name + " has no \"claim\" column. The first line must name the columns: claim, and"
                        + " optionally id, rating, url, date, publisher, claimant. Nothing was imported.");
            }
            for (CSVRecord row : parser) {
                String where = "Line " + (row.getRecordNumber() + 1) + " of " + name;
                String claim = cell(row, columns, "claim");
                if (claim == null) {
                    throw bad(where + " has no claim. Nothing was imported.");
                }
                out.add(entry(
                        cell(row, columns, "id"),
                        claim,
                        cell(row, columns, "rating"),
                        date(cell(row, columns, "date"), where.toLowerCase(Locale.ROOT)),
                        cell(row, columns, "publisher"),
                        cell(row, columns, "url"),
                        cell(row, columns, "claimant"),
                        where));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    name + " is not a readable CSV/TSV table (a quote left open, or a repeated column name)."
                            + " Nothing was imported.",
                    e);
        }
        if (out.isEmpty()) {
            throw bad(name + " has a header but no rows: there are no fact-checks to import.");
        }
        return out;
    }

    private static String cell(CSVRecord row, Map<String, String> columns, String key) {
        String header = columns.get(key);
        if (header == null || !row.isSet(header)) {
            return null;
        }
        String v = row.get(header).strip();
        return v.isEmpty() ? null : v;
    }

    // ---- shared

    private static ArchiveEntry entry(
            String id,
            String claim,
            String rating,
            LocalDate on,
            String publisher,
            String url,
            String claimant,
            String where) {
        String c = claim.strip();
        if (c.length() > MAX_CLAIM_CHARS) {
            throw bad(where + " has a claim of " + c.length() + " characters; the limit is " + MAX_CLAIM_CHARS
                    + ". Nothing was imported.");
        }
        String key = id != null ? "id:" + id : url != null ? "url:" + url + "#" + c.hashCode() : "claim:" + c;
        if (key.length() > 2000) {
            key = key.substring(0, 2000);
        }
        return new ArchiveEntry(0, key, c, rating, on, publisher, url, claimant);
    }

    private static LocalDate date(String s, String where) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toLocalDate();
            } catch (DateTimeParseException e2) {
                throw bad("The date \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\" of " + where
                        + " is not a date like 2026-10-02. Nothing was imported.");
            }
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static ClaimDeskException bad(String message) {
        return new ClaimDeskException(Problem.INVALID_INPUT, message);
    }
}
