package com.daren.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * What a report covers: the day (or the 7 days) ending at {@code to}, read in {@code zone}.
 *
 * @param scheduled a scheduled report (daily 18:00, weekly Monday 09:00) moves the "since last report" marks;
 *                  one asked for with /report only reads them
 */
public record ReportPeriod(Kind kind, Instant from, Instant to, ZoneId zone, boolean scheduled) {

    public enum Kind {
        DAILY, WEEKLY;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ReportPeriod ending(Kind kind, Instant to, ZoneId zone, boolean scheduled) {
        return new ReportPeriod(kind, to.minus(kind == Kind.DAILY ? 1 : 7, ChronoUnit.DAYS), to, zone, scheduled);
    }

    public LocalDate day() {
        return to.atZone(zone).toLocalDate();
    }
}
