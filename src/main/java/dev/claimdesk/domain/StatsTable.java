package dev.claimdesk.domain;

/** One table of the desk's figures ({@link DeskStats}): what a dashboard chart shows, saved as CSV. */
public enum StatsTable {
    /** Claims per state per article. */
    STATES,
    /** Approved claims per verdict label. */
    VERDICTS,
    /** Approvals (and adjudicated verdicts) per day, UTC. */
    APPROVED_PER_DAY,
    /** Each reviewer's open work and throughput. */
    REVIEWERS,
    /** The single figures: median time to approval, agreement, adjudication backlog, kappa per pair. */
    FIGURES
}
