package dev.claimdesk.ui;

import dev.claimdesk.app.AppServices;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the window works on: the open database, the reviewer, the article and the claim shown, and
 * generation counters that say when each of them last changed. A background result carries the
 * {@link Ticket} taken when its work started; {@link UserActionRunner} drops it if the ticket is no
 * longer current, so a late result never overwrites a newer one. Confined to the EDT.
 */
final class WorkspaceState {
    /** How far a result's relevance reaches: dropped when this (or anything wider) changed. */
    enum Scope {
        /** Valid while the same database is open (changes, their undo steps). */
        DATABASE,
        /** Valid while the same article is shown (its text, claims, search). */
        ARTICLE,
        /** Valid while the same claim is selected (its detail). */
        CLAIM
    }

    private AppServices services;
    private String reviewer;
    private Long articleId;
    private Long claimId;
    private long databaseGeneration;
    private long articleGeneration;
    private long claimGeneration;
    private final Map<String, Long> latest = new HashMap<>();

    AppServices services() {
        return services;
    }

    String reviewer() {
        return reviewer;
    }

    Long articleId() {
        return articleId;
    }

    Long claimId() {
        return claimId;
    }

    boolean hasDatabase() {
        return services != null;
    }

    /** Another database is open: every result for the previous one is stale. */
    void databaseOpened(AppServices opened) {
        services = opened;
        articleId = null;
        claimId = null;
        databaseGeneration++;
        articleGeneration++;
        claimGeneration++;
    }

    void reviewerChanged(String name) {
        reviewer = name;
    }

    /** The article shown; another article makes article and claim results stale. */
    void articleShown(Long id) {
        if (!Objects.equals(id, articleId)) {
            articleId = id;
            claimId = null;
            articleGeneration++;
            claimGeneration++;
        }
    }

    void claimSelected(Long id) {
        if (!Objects.equals(id, claimId)) {
            claimId = id;
            claimGeneration++;
        }
    }

    /**
     * A ticket for work that starts now. With a {@code key}, only the latest work of that key
     * counts: starting another one (say, a second "load the article list") makes this one stale.
     */
    Ticket ticket(Scope scope, String key) {
        long generation = switch (scope) {
            case DATABASE -> databaseGeneration;
            case ARTICLE -> articleGeneration;
            case CLAIM -> claimGeneration;
        };
        long sequence = key == null ? 0 : latest.merge(key, 1L, Long::sum);
        return new Ticket(scope, databaseGeneration, generation, key, sequence);
    }

    /** Taken when work starts; {@link #current()} when its result arrives. */
    final class Ticket {
        private final Scope scope;
        private final long database;
        private final long generation;
        private final String key;
        private final long sequence;

        private Ticket(Scope scope, long database, long generation, String key, long sequence) {
            this.scope = scope;
            this.database = database;
            this.generation = generation;
            this.key = key;
            this.sequence = sequence;
        }

        /** True while nothing this result depends on has changed since its work started. */
        boolean current() {
            long now = switch (scope) {
                case DATABASE -> databaseGeneration;
                case ARTICLE -> articleGeneration;
                case CLAIM -> claimGeneration;
            };
            return database == databaseGeneration
                    && generation == now
                    && (key == null || latest.getOrDefault(key, 0L) == sequence);
        }

        /** The same database is still open (an undo step or a saved change still belongs to it). */
        boolean sameDatabase() {
            return database == databaseGeneration;
        }
    }
}
