package dev.claimdesk.app;

import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.DeskStats;
import dev.claimdesk.store.StatsDao;
import dev.claimdesk.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The desk's statistics (see {@link DeskStats}), computed from one consistent read. */
public final class StatsService {
    private final Store store;
    private final BlindReviewService blind;

    public StatsService(Store store, BlindReviewService blind) {
        this.store = store;
        this.blind = blind;
    }

    /** For one article ({@code articleId} > 0) or all (0); {@code since} null: ever. */
    public DeskStats stats(long articleId, LocalDate since) {
        Instant from = since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
        return store.read(tx -> {
            StatsDao dao = tx.stats();
            Map<Long, DeskStats.ArticleStates> articles = new LinkedHashMap<>();
            for (StatsDao.StateCount c : dao.statesByArticle(articleId)) {
                articles.computeIfAbsent(c.articleId(), id -> new DeskStats.ArticleStates(id, c.title(), zeroes()))
                        .claims()
                        .put(ClaimState.valueOf(c.state()), c.claims());
            }
            List<DeskStats.VerdictCount> verdicts = dao.verdicts(articleId).stream()
                    .map(v -> new DeskStats.VerdictCount(v.code(), v.name(), v.colour(), v.claims()))
                    .toList();

            TreeMap<LocalDate, Long> perDay = new TreeMap<>();
            Map<String, long[]> work = new TreeMap<>();
            Map<Long, Duration> firstApproval = new HashMap<>();
            for (StatsDao.ReviewRow r : dao.reviews(articleId)) {
                boolean decision =
                        r.kind().equals("APPROVAL") || (r.kind().equals("ADJUDICATION") && r.labelId() != null);
                boolean verdict = r.kind().equals("PROPOSAL") || r.kind().equals("BLIND");
                if (decision && !firstApproval.containsKey(r.claimId())) {
                    firstApproval.put(
                            r.claimId(),
                            from == null || !r.at().isBefore(from) ? Duration.between(r.importedAt(), r.at()) : null);
                }
                if (from != null && r.at().isBefore(from)) {
                    continue;
                }
                if (decision) {
                    perDay.merge(LocalDate.ofInstant(r.at(), ZoneOffset.UTC), 1L, Long::sum);
                    work.computeIfAbsent(r.reviewer(), k -> new long[3])[2]++;
                } else if (verdict) {
                    work.computeIfAbsent(r.reviewer(), k -> new long[3])[1]++;
                }
            }
            for (StatsDao.OpenWork o : dao.openWork(articleId)) {
                work.computeIfAbsent(o.reviewer(), k -> new long[3])[0] = o.claims();
            }
            List<DeskStats.ReviewerWork> reviewers = new ArrayList<>();
            work.forEach((who, n) -> reviewers.add(new DeskStats.ReviewerWork(who, n[0], n[1], n[2])));

            List<Duration> times = firstApproval.values().stream()
                    .filter(d -> d != null)
                    .sorted()
                    .toList();
            return new DeskStats(
                    since,
                    List.copyOf(articles.values()),
                    verdicts,
                    perDay,
                    reviewers,
                    median(times),
                    blind.agreement(articleId, from),
                    (int) blind.adjudicationQueue().stream()
                            .filter(c -> articleId == 0 || c.articleId() == articleId)
                            .count());
        });
    }

    private static Map<ClaimState, Long> zeroes() {
        Map<ClaimState, Long> m = new EnumMap<>(ClaimState.class);
        for (ClaimState s : ClaimState.values()) {
            m.put(s, 0L);
        }
        return m;
    }

    /** The middle value (the mean of the two middle ones for an even count). */
    static Optional<Duration> median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int n = sorted.size();
        return Optional.of(
                n % 2 == 1
                        ? sorted.get(n / 2)
                        : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
    }
}
