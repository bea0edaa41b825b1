package dev.claimdesk.app;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.store.Store;
import dev.claimdesk.store.Tx;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Evidence items of a claim. Their audit events are recorded on the claim, so the claim's history
 * tells the whole story, including evidence that was later removed.
 */
public final class EvidenceService {
    private final Store store;
    private final Clock clock;

    public EvidenceService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Evidence add(Evidence draft, String actor) {
        String who = Actor.require(actor);
        validate(draft);
        LocalCopy copy = LocalCopy.read(draft);
        Evidence evidence = copy.evidence();
        return store.write(tx -> {
            copy.keep(tx, who, clock.instant());
            startResearch(tx, evidence.claimId(), who);
            Instant now = clock.instant();
            Evidence e = new Evidence(
                    0,
                    evidence.claimId(),
                    evidence.url(),
                    evidence.title(),
                    evidence.publisher(),
                    evidence.publishedOn(),
                    evidence.accessedOn(),
                    evidence.quote(),
                    evidence.stance(),
                    evidence.sourceType(),
                    evidence.reliability(),
                    evidence.note(),
                    evidence.attachmentPath(),
                    evidence.attachmentSha256(),
                    who,
                    now);
            Evidence saved = e.withId(tx.evidence().insert(e));
            Audit.record(tx, now, who, "claim", saved.claimId(), "add evidence", null, saved);
            return saved;
        });
    }

    /**
     * Writes the edited item. {@code draft.version()} is the version the editor was opened on: when
     * someone changed the item since, nothing is written and a {@link
     * dev.claimdesk.domain.ChangedMeanwhileException} says who, with the item as it is now. A draft
     * of version 0 (not read from the database) is written over the current row.
     */
    public Evidence update(Evidence draft, String actor) {
        String who = Actor.require(actor);
        validate(draft);
        LocalCopy copy = LocalCopy.read(draft);
        Evidence hashed = copy.evidence();
        return store.write(tx -> {
            copy.keep(tx, who, clock.instant());
            Evidence before = find(tx, hashed.id());
            Evidence evidence = hashed.version() == 0 ? hashed.withVersion(before.version()) : hashed;
            startResearch(tx, before.claimId(), who);
            tx.evidence().update(evidence);
            Evidence after = tx.evidence().find(evidence.id()).orElseThrow();
            Audit.record(tx, clock.instant(), who, "claim", before.claimId(), "edit evidence", before, after);
            return after;
        });
    }

    public void delete(long evidenceId, String actor) {
        String who = Actor.require(actor);
        store.write(tx -> {
            Evidence before = find(tx, evidenceId);
            startResearch(tx, before.claimId(), who);
            tx.evidence().delete(evidenceId);
            Audit.record(tx, clock.instant(), who, "claim", before.claimId(), "delete evidence", before, null);
            return null;
        });
    }

    /** Puts a deleted evidence item back (undo of a deletion); it gets a new id. */
    public Evidence restore(Evidence deleted, String actor) {
        String who = Actor.require(actor);
        return store.write(tx -> {
            startResearch(tx, deleted.claimId(), who);
            Evidence saved = deleted.withId(tx.evidence().insert(deleted));
            Audit.record(tx, clock.instant(), who, "claim", saved.claimId(), "restore evidence", null, saved);
            return saved;
        });
    }

    /** The largest local copy kept in the database (a long PDF report, a screen recording is too much). */
    static final long MAX_COPY_BYTES = 100L << 20;

    /**
     * An evidence item and the bytes of its newly attached file (null when it has none, or the file
     * is the one kept already): the bytes are read and hashed before the write, and kept in the
     * database within it, so every reviewer of the desk can open them.
     */
    record LocalCopy(Evidence evidence, byte[] content, String mediaType) {
        static LocalCopy read(Evidence draft) {
            Evidence e = withAttachmentHash(draft);
            if (e.attachmentSha256() == null || draft.attachmentSha256() != null) {
                return new LocalCopy(e, null, null); // none, or the copy kept already
            }
            java.nio.file.Path file = java.nio.file.Path.of(e.attachmentPath());
            try {
                byte[] bytes = java.nio.file.Files.readAllBytes(file);
                String sha = sha256(bytes);
                String type = java.nio.file.Files.probeContentType(file);
                return new LocalCopy(e.withAttachment(e.attachmentPath(), sha), bytes, type);
            } catch (java.io.IOException ex) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        "The attached file " + file + " cannot be read. Check that it exists and that you may read it.",
                        ex);
            }
        }

        /** Keeps the bytes (once per distinct file) in the transaction of the evidence write. */
        void keep(dev.claimdesk.store.Tx tx, String who, Instant now) {
            if (content != null) {
                tx.attachments().store(evidence.attachmentSha256(), content, content.length, mediaType, who, now);
            }
        }
    }

    /** The local copy of an evidence item, as kept in the database; empty when it has none or it is not kept. */
    public java.util.Optional<dev.claimdesk.domain.Attachment> localCopy(Evidence e) {
        if (e.attachmentSha256() == null) {
            return java.util.Optional.empty();
        }
        return store.read(tx -> tx.attachments().find(e.attachmentSha256()));
    }

    /** What {@link #keepEarlierCopies} did: copies now kept, and those whose file is gone or changed. */
    public record EarlierCopies(int kept, List<String> missing) {}

    /**
     * Keeps in the database the local copies attached before they were kept there (a database of
     * an older ClaimDesk): each file still at its path with the hash recorded is read in; a file that
     * is gone or changed is named in {@code missing}. Idempotent; stops when {@code stop} says so.
     */
    public EarlierCopies keepEarlierCopies(String actor, java.util.function.BooleanSupplier stop) {
        String who = Actor.require(actor);
        List<Evidence> without = store.read(tx -> tx.attachments().withoutStoredCopy());
        int kept = 0;
        java.util.Set<String> done = new java.util.HashSet<>();
        List<String> missing = new java.util.ArrayList<>();
        for (Evidence e : without) {
            if (stop.getAsBoolean()) {
                break;
            }
            if (!done.add(e.attachmentSha256())) {
                continue;
            }
            java.nio.file.Path file = e.attachmentPath() == null ? null : java.nio.file.Path.of(e.attachmentPath());
            byte[] bytes = null;
            try {
                if (file != null
                        && java.nio.file.Files.isRegularFile(file)
                        && java.nio.file.Files.size(file) <= MAX_COPY_BYTES) {
                    bytes = java.nio.file.Files.readAllBytes(file);
                }
            } catch (java.io.IOException unreadable) {
                bytes = null;
            }
            if (bytes == null || !sha256(bytes).equals(e.attachmentSha256())) {
                missing.add(e.attachmentPath());
                continue;
            }
            byte[] content = bytes;
            String type = probe(file);
            store.write(tx -> {
                tx.attachments().store(e.attachmentSha256(), content, content.length, type, who, clock.instant());
                return null;
            });
            kept++;
        }
        return new EarlierCopies(kept, List.copyOf(missing));
    }

    private static String probe(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.probeContentType(file);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java has SHA-256", ex);
        }
    }

    /**
     * Hashes the attached file (SHA-256) when it is new or changed, so the copy a reviewer relied on
     * can be recognised later. An unreadable file is refused in words.
     */
    static Evidence withAttachmentHash(Evidence e) {
        if (isBlank(e.attachmentPath())) {
            return e.withAttachment(null, null);
        }
        if (e.attachmentSha256() != null) {
            return e;
        }
        java.nio.file.Path file = java.nio.file.Path.of(e.attachmentPath().strip());
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT, "The attached file " + file + " does not exist or is not a file.");
        }
        try {
            if (java.nio.file.Files.size(file) > MAX_COPY_BYTES) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        "The attached file " + file + " is larger than " + (MAX_COPY_BYTES >> 20) + " MB, too large"
                                + " to keep in the database for the whole desk. Attach a smaller copy (an excerpt,"
                                + " a compressed PDF) or link to it.");
            }
        } catch (java.io.IOException ex) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    "The attached file " + file + " cannot be read. Check that it exists and that you may read it.",
                    ex);
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return e.withAttachment(
                    file.toAbsolutePath().toString(), java.util.HexFormat.of().formatHex(sha.digest()));
        } catch (java.io.IOException ex) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    "The attached file " + file + " cannot be read. Check that it exists and that you may read it.",
                    ex);
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java has SHA-256", ex);
        }
    }

    public List<Evidence> listByClaim(long claimId) {
        return store.read(tx -> tx.evidence().listByClaim(claimId));
    }

    private static Evidence find(Tx tx, long evidenceId) {
        return tx.evidence()
                .find(evidenceId)
                .orElseThrow(() ->
                        new ClaimDeskException(Problem.NOT_FOUND, "That evidence item does not exist (any more)."));
    }

    /** Evidence can change only while a claim is researched; an open claim starts research. */
    private void startResearch(Tx tx, long claimId, String who) {
        Claim claim = ClaimService.find(tx, claimId);
        ClaimService.requireResearchable(claim, "change its evidence");
        if (claim.state() == ClaimState.OPEN) {
            Instant now = clock.instant();
            Claim after = claim.toBuilder()
                    .state(ClaimState.IN_RESEARCH)
                    .updatedAt(now)
                    .build();
            after = tx.claims().update(after);
            Audit.record(tx, now, who, "claim", claimId, "start research", claim, after);
        }
    }

    void validate(Evidence e) {
        problemWith(e, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).ifPresent(message -> {
            throw new ClaimDeskException(Problem.INVALID_INPUT, message);
        });
    }

    /**
     * What is wrong with an evidence item, in words, or empty when it can be saved. The evidence
     * editor asks this before it closes; the service asks again before it writes.
     */
    public static java.util.Optional<String> problemWith(Evidence e, LocalDate today) {
        if (e.url() != null && !e.url().isBlank()) {
            try {
                validateUrl(e.url().strip());
            } catch (ClaimDeskException ex) {
                return java.util.Optional.of(ex.userMessage());
            }
        }
        if (e.accessedOn() != null && e.accessedOn().isAfter(today.plusDays(1))) {
            return java.util.Optional.of("The access date is in the future.");
        }
        if (e.publishedOn() != null && e.publishedOn().isAfter(today.plusDays(1))) {
            return java.util.Optional.of("The publication date is in the future.");
        }
        if (e.publishedOn() != null && e.accessedOn() != null && e.publishedOn().isAfter(e.accessedOn())) {
            return java.util.Optional.of("The publication date is after the date you accessed the source.");
        }
        boolean empty = isBlank(e.url()) && isBlank(e.title()) && isBlank(e.quote()) && isBlank(e.attachmentPath());
        if (empty) {
            return java.util.Optional.of("Give the evidence a URL, a title, a quoted passage or an attached file.");
        }
        return java.util.Optional.empty();
    }

    static void validateUrl(String url) {
        if (url.codePoints()
                .anyMatch(cp ->
                        Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL)) {
            // Bidirectional and other invisible controls (U+202E) make an address read as another.
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    "The URL contains invisible control characters (such as text-direction marks) that could"
                            + " disguise the address. Type or paste it again without them.");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT, "The URL must be a web address starting with http:// or https://.");
            }
        } catch (URISyntaxException ex) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT,
                    "The URL is not a valid web address: it contains a space or a character an address cannot"
                            + " hold. Copy it again from the browser's address bar.",
                    ex);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
