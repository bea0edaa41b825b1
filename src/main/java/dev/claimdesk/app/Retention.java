package dev.claimdesk.app;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which automatic backups to keep: the newest of each of the last {@code daily} days that have a
 * backup, and the newest of each of the last {@code weekly} ISO weeks that have one. Counting days
 * with backups (not calendar days) means a file left alone for a month keeps its last copies.
 */
public record Retention(int daily, int weekly) {
    public static final String DAILY_SETTING = "backup.keepDaily";
    public static final String WEEKLY_SETTING = "backup.keepWeekly";
    public static final Retention DEFAULT = new Retention(7, 4);

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    public Retention {
        if (daily < 1 || weekly < 0) {
            throw new IllegalArgumentException("keep at least one daily backup and no negative number of weekly ones");
        }
    }

    /** The rule from the settings; a missing or unusable value means the default for it. */
    public static Retention from(Settings settings) {
        return new Retention(
                read(settings, DAILY_SETTING, DEFAULT.daily(), 1), read(settings, WEEKLY_SETTING, DEFAULT.weekly(), 0));
    }

    private static int read(Settings settings, String key, int fallback, int min) {
        String value = settings.get(key).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warn("Setting {}={} is not a whole number of at least {}; keeping {}", key, value, min, fallback);
        return fallback;
    }

    /** The backups to keep out of {@code newestFirst} (automatic backups of one database). */
    Set<Backup> keep(List<Backup> newestFirst, ZoneId zone) {
        Set<Backup> kept = new LinkedHashSet<>();
        kept.addAll(newestPer(newestFirst, daily, b -> day(b, zone)));
        kept.addAll(newestPer(newestFirst, weekly, b -> {
            LocalDate d = day(b, zone);
            return d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }));
        return kept;
    }

    private static List<Backup> newestPer(List<Backup> newestFirst, int periods, Function<Backup, Object> period) {
        Set<Object> seen = new HashSet<>();
        List<Backup> newest = new ArrayList<>();
        for (Backup b : newestFirst) {
            if (seen.size() < periods && seen.add(period.apply(b))) {
                newest.add(b);
            }
        }
        return newest;
    }

    private static LocalDate day(Backup b, ZoneId zone) {
        return b.madeAt().atZone(zone).toLocalDate();
    }
}
