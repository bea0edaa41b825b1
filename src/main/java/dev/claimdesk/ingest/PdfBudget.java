package dev.claimdesk.ingest;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import java.time.Duration;
import java.util.Locale;

/**
 * What reading one PDF may cost. A PDF of a few hundred kilobytes can unpack to gigabytes or hold
 * a hundred thousand pages, so each limit is checked while the work is done, not after it; a
 * cancelled import (the worker thread interrupted) stops at the next check as well. Every refusal
 * is one plain sentence (decision 0013).
 */
final class PdfBudget {
    /**
     * Pages: a long report has a few hundred; a thousand is a book, not an article, and every page
     * costs time before its text is known.
     */
    static final int MAX_PAGES = 1_000;

    /**
     * Decoded drawing instructions of one page or form: a page of text is under 100 KB, a detailed
     * map a few MB. PDFBox holds a decoded stream in memory whole, so this bounds the memory too.
     */
    static final long MAX_STREAM_BYTES = 16L * 1024 * 1024;

    /**
     * Characters on one page: a page of small print has under 10,000. PDFBox keeps a position
     * record (a few hundred bytes) per character until the page is sorted into lines.
     */
    static final int MAX_PAGE_CHARS = 50_000;

    /**
     * Time for the whole text: a 300-page report takes a few seconds; a file that needs more than
     * this is far more complex than an article, and the user should not wait for it.
     */
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    private final String name;
    private final long deadline;
    private long totalChars;
    private int pageChars;
    private int pages;

    private PdfBudget(String name, long deadline) {
        this.name = name;
        this.deadline = deadline;
    }

    static PdfBudget start(String name) {
        return start(name, TIME_LIMIT);
    }

    /** A budget with another time limit (tests). */
    static PdfBudget start(String name, Duration limit) {
        return new PdfBudget(name, System.nanoTime() + limit.toNanos());
    }

    /** Stops a cancelled import and one that has run out of time. */
    void checkTime() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ClaimDeskException(Problem.CANCELLED, "The import was cancelled; nothing was saved.");
        }
        if (System.nanoTime() - deadline > 0) {
            throw refuse("takes too long to read (more than " + TIME_LIMIT.toSeconds()
                    + " seconds): it is far more complex than an article. Save the pages you need as a new PDF"
                    + " and import that.");
        }
    }

    /** The page count the document declares, before any page is read. */
    void checkPageCount(int declared) {
        if (declared > MAX_PAGES) {
            throw tooManyPages(declared);
        }
    }

    /** One more page in the page tree (the declared count may lie, so the pages are counted). */
    void countPage() {
        checkTime();
        if (++pages > MAX_PAGES) {
            throw tooManyPages(pages);
        }
    }

    /** The text of the next page begins. */
    void startPage() {
        checkTime();
        pageChars = 0;
    }

    /** One more character found on the current page. */
    void countChar() {
        if (++pageChars > MAX_PAGE_CHARS) {
            throw refuse("has a page with more than " + format(MAX_PAGE_CHARS)
                    + " characters, far more than any article page (it may be generated or damaged).");
        }
        if (++totalChars > ArticleReader.MAX_TEXT_CHARS) {
            throw refuse("holds more text than one article can (over " + format(ArticleReader.MAX_TEXT_CHARS)
                    + " characters). Save the pages you need as a new PDF and import that.");
        }
    }

    /** Refuses a page, form or object stream that unpacks to more than the limit. */
    ClaimDeskException streamTooLarge() {
        return refuse("contains a part that unpacks to more than " + MAX_STREAM_BYTES / (1024 * 1024)
                + " MB, far more than an article page needs (the file may be damaged or made to exhaust"
                + " memory).");
    }

    private ClaimDeskException tooManyPages(int count) {
        return refuse("has " + format(count) + " pages; ClaimDesk imports articles of up to " + format(MAX_PAGES)
                + " pages. Save the pages you need as a new PDF and import that.");
    }

    private ClaimDeskException refuse(String what) {
        return new ClaimDeskException(Problem.INVALID_INPUT, name + " " + what);
    }

    private static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
