package com.daren.bot.crm.io;

import com.daren.command.Text;
import com.daren.crm.InfluencerStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** An import's counts, updated by the writer threads. */
final class ImportTally {

    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger rejectedCount = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final List<ImportSummary.RejectedRow> rejected = new ArrayList<>();

    void written(InfluencerStore.Change change) {
        (change.created() ? created : change.changed() ? updated : unchanged).incrementAndGet();
    }

    void rejected(int row, Text reason) {
        rejectedCount.incrementAndGet();
        synchronized (rejected) {
            rejected.add(new ImportSummary.RejectedRow(row, reason.zh(), reason.en()));
        }
    }

    /** Counts a row the store failed to write; true for the first few, whose stack traces are worth a log line. */
    boolean failed() {
        return failures.incrementAndGet() <= 3;
    }

    ImportSummary summary(String fileName, String format, int rows, List<String> ignored, long millis) {
        List<ImportSummary.RejectedRow> sorted;
        synchronized (rejected) {
            sorted = rejected.stream().sorted(Comparator.comparingInt(ImportSummary.RejectedRow::row))
                    .limit(ImportSummary.KEEP_REJECTED).toList();
        }
        return new ImportSummary(fileName, format, rows, created.get(), updated.get(), unchanged.get(),
                rejectedCount.get(), sorted, ignored, millis);
    }
}
