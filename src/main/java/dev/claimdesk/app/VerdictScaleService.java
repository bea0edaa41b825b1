package dev.claimdesk.app;

import dev.claimdesk.domain.ClaimDeskException;
import dev.claimdesk.domain.ClaimDeskException.Problem;
import dev.claimdesk.domain.ScaleRules;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import dev.claimdesk.export.ScaleJson;
import dev.claimdesk.store.Store;
import dev.claimdesk.store.Tx;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict scales of this database: the desk's default, each article's own, and the desk's own
 * scales, created, edited, exported and imported as small JSON files. A label that a verdict or a
 * review used is retired, never deleted; an article's scale is chosen before its first verdict.
 */
public final class VerdictScaleService {
    private final Store store;
    private final Clock clock;

    public VerdictScaleService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<VerdictScale> list() {
        return store.read(tx -> tx.scales().list());
    }

    /** The desk's default scale: new articles use it unless they choose their own. */
    public VerdictScale defaultScale() {
        return store.read(tx -> tx.scales().defaultScale());
    }

    /** The scale the verdicts of one article are given on. */
    public VerdictScale scaleFor(long articleId) {
        return store.read(tx -> tx.scales().scaleOf(articleId));
    }

    /** The code of the scale an article chose itself; empty when it uses the desk's default. */
    public Optional<String> ownScaleCode(long articleId) {
        return store.read(tx -> tx.scales()
                .articleScaleId(articleId)
                .flatMap(id -> tx.scales().find(id))
                .map(VerdictScale::code));
    }

    public Optional<VerdictScale> find(String code) {
        return store.read(tx -> tx.scales().findByCode(code));
    }

    /** Adds a scale of the desk's own; refused, in words, when a rule of {@link ScaleRules} fails. */
    public VerdictScale create(VerdictScale draft, String actor) {
        String who = Actor.require(actor);
        require(draft);
        return store.write(tx -> {
            if (tx.scales().findByCode(draft.code()).isPresent()) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        "This database already has a scale with the code " + draft.code() + "; choose another code.");
            }
            long id = tx.scales().insert(draft);
            VerdictScale created = tx.scales().find(id).orElseThrow();
            Audit.record(tx, clock.instant(), who, "scale", id, "create scale", null, created);
            return created;
        });
    }

    /**
     * Saves an edited scale: labels with an id are changed, labels without one added, labels left
     * out deleted when no verdict used them (refused, naming them, when one did: retire them instead).
     */
    public VerdictScale update(VerdictScale edited, String actor) {
        String who = Actor.require(actor);
        require(edited);
        return store.write(tx -> {
            VerdictScale before = tx.scales()
                    .find(edited.id())
                    .orElseThrow(() -> new ClaimDeskException(Problem.NOT_FOUND, "That scale no longer exists."));
            if (!before.code().equals(edited.code())) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT,
                        "A scale keeps its code (" + before.code() + "); change its name instead.");
            }
            Map<Long, VerdictLabel> kept = new HashMap<>();
            edited.labels().stream().filter(l -> l.id() != 0).forEach(l -> kept.put(l.id(), l));
            for (VerdictLabel old : before.labels()) {
                if (!kept.containsKey(old.id()) && tx.scales().uses(old.id()) > 0) {
                    throw new ClaimDeskException(
                            Problem.RULE_VIOLATION,
                            "\"" + old.name() + "\" is the verdict of claims already, so it cannot be deleted."
                                    + " Retire it instead: it stays on those claims and is no longer offered.");
                }
            }
            for (VerdictLabel old : before.labels()) {
                if (!kept.containsKey(old.id())) {
                    tx.scales().deleteLabel(old.id());
                }
            }
            // Codes are unique per scale: park the kept labels' codes first so that two labels can swap.
            for (VerdictLabel l : kept.values()) {
                tx.scales()
                        .updateLabel(new VerdictLabel(
                                l.id(),
                                before.id(),
                                "~" + l.id(),
                                l.name(),
                                l.ordinal(),
                                l.colour(),
                                l.hotkey(),
                                l.sortOrder(),
                                l.ratingValue(),
                                l.alternateName(),
                                l.retired()));
            }
            for (VerdictLabel l : edited.labels()) {
                if (l.id() == 0) {
                    tx.scales().insertLabel(l.withScale(0, before.id()));
                } else {
                    tx.scales().updateLabel(l.withScale(l.id(), before.id()));
                }
            }
            tx.scales().renameScale(before.id(), edited.name());
            VerdictScale after = tx.scales().find(before.id()).orElseThrow();
            Audit.record(tx, clock.instant(), who, "scale", before.id(), "edit scale", before, after);
            return after;
        });
    }

    /** Makes {@code code} the desk's default scale (for articles that have not chosen one). */
    public void setDefault(String code, String actor) {
        String who = Actor.require(actor);
        store.write(tx -> {
            VerdictScale scale = existing(tx, code);
            String before = tx.scales().deskDefaultCode().orElse(null);
            tx.scales().setDeskDefaultCode(scale.code());
            Audit.record(
                    tx,
                    clock.instant(),
                    who,
                    "scale",
                    scale.id(),
                    "make default scale",
                    Map.of("default", String.valueOf(before)),
                    Map.of("default", scale.code()));
            return null;
        });
    }

    /** Gives one article its own scale (null: the desk's default); only before its first verdict. */
    public void setArticleScale(long articleId, String code, String actor) {
        String who = Actor.require(actor);
        store.write(tx -> {
            if (tx.articles().find(articleId).isEmpty()) {
                throw new ClaimDeskException(Problem.NOT_FOUND, "That article no longer exists.");
            }
            Long scaleId = code == null ? null : existing(tx, code).id();
            VerdictScale before = tx.scales().scaleOf(articleId);
            long verdicts = tx.scales().verdictsInArticle(articleId);
            long effective = scaleId == null ? tx.scales().defaultScale().id() : scaleId;
            if (verdicts > 0 && effective != before.id()) {
                throw new ClaimDeskException(
                        Problem.RULE_VIOLATION,
                        "This article has " + verdicts + (verdicts == 1 ? " verdict" : " verdicts") + " on the scale \""
                                + before.name() + "\" already, so its scale cannot change.");
            }
            tx.scales().setArticleScale(articleId, scaleId);
            Audit.record(
                    tx,
                    clock.instant(),
                    who,
                    "article",
                    articleId,
                    "choose scale",
                    Map.of("scale", before.code()),
                    Map.of("scale", code == null ? "desk default" : code));
            return null;
        });
    }

    /** Writes the scale {@code code} as a JSON file (see {@link ScaleJson}). */
    public void export(String code, Path file) {
        VerdictScale scale = find(code).orElseThrow(() -> noSuchScale(code));
        try {
            Files.writeString(file, ScaleJson.write(scale), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClaimDeskException(
                    Problem.IO, "The scale could not be written to " + file + ". Choose another place.", e);
        }
    }

    /** Adds the scale of a JSON file as a new scale of this database; the database is unchanged on refusal. */
    public VerdictScale importFrom(Path file, String actor) {
        String text;
        try {
            if (Files.size(file) > ScaleJson.MAX_BYTES) {
                throw new ClaimDeskException(
                        Problem.INVALID_INPUT, "This file is far too large to be a verdict scale (" + file + ").");
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT, "This file cannot be imported as a verdict scale: it is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new ClaimDeskException(
                    Problem.IO,
                    "The file " + file + " cannot be read. Check that it exists and that you may read it.",
                    e);
        }
        return create(ScaleJson.read(text), actor);
    }

    private static void require(VerdictScale scale) {
        List<String> problems = ScaleRules.problems(scale);
        if (!problems.isEmpty()) {
            throw new ClaimDeskException(
                    Problem.INVALID_INPUT, "The scale was not saved: " + String.join(" ", problems));
        }
    }

    private static VerdictScale existing(Tx tx, String code) {
        return tx.scales().findByCode(code).orElseThrow(() -> noSuchScale(code));
    }

    private static ClaimDeskException noSuchScale(String code) {
        return new ClaimDeskException(
                Problem.NOT_FOUND, "This database has no verdict scale with the code " + code + ".");
    }
}
