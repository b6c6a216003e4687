package com.daren.bot.crm.io;

import com.daren.audit.AuditEntry;
import com.daren.audit.AuditLog;
import com.daren.command.Text;
import com.daren.crm.InfluencerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;

/**
 * Imports influencers from a CSV or XLSX file: an idempotent upsert keyed on platform + handle, so importing the
 * same file twice changes nothing the second time. Rows are validated in order (a handle repeated in the file is
 * refused with the row it first appeared in) and written by a small pool of threads; each record is written
 * atomically by the store, so a bad row never leaves half a record. Every import writes one audit entry.
 *
 * <p>This is the one entry point for every route a file arrives by: the REST API, the simulator page and (once
 * wired) WeCom file messages, see {@link ChatFileImport}.
 */
@Service
public class InfluencerImport {

    private static final Logger log = LoggerFactory.getLogger(InfluencerImport.class);
    private static final int IN_FLIGHT_PER_THREAD = 64;

    private final InfluencerStore store;
    private final AuditLog audit;
    private final ExecutorService writers;
    private final IoProperties properties;
    private final Clock clock;

    InfluencerImport(InfluencerStore store, AuditLog audit, ExecutorService importWriters, IoProperties properties,
                     Clock clock) {
        this.store = store;
        this.audit = audit;
        this.writers = importWriters;
        this.properties = properties;
        this.clock = clock;
    }

    public long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    /**
     * Imports a file.
     *
     * @param actor   who imports: the audit's actor, and the owner of new records without a 负责人 column
     * @param channel where the file came from ("api", "sim", "wecom"), for the audit log
     * @throws ImportProblem when the file as a whole cannot be imported
     */
    public ImportSummary importFile(byte[] content, String fileName, String actor, String channel) {
        String name = cleanFileName(fileName);
        long started = System.nanoTime();
        try {
            if (content.length > maxFileSize()) {
                throw ImportProblem.tooLarge(maxFileSize());
            }
            ImportSummary summary;
            try (SheetSource source = SheetSource.open(content)) {
                summary = run(source, name, actor, started);
            }
            record(actor, channel, name, "ok", summary.auditDetail());
            log.info("import of {} by {}: {}", name, actor, summary.auditDetail());
            return summary;
        } catch (ImportProblem e) {
            record(actor, channel, name, "rejected", e.problem().en());
            throw e;
        }
    }

    private ImportSummary run(SheetSource source, String fileName, String actor, long started) {
        ImportColumns columns = ImportColumns.of(source.header());
        ImportTally tally = new ImportTally();
        int permits = properties.importThreads() * IN_FLIGHT_PER_THREAD;
        Semaphore inFlight = new Semaphore(permits);
        Map<String, Integer> firstRowOf = new HashMap<>();
        int rows = 0;
        try {
            for (Iterator<SheetSource.SheetRow> it = source.rows(); it.hasNext(); ) {
                SheetSource.SheetRow row = it.next();
                if (row.blank()) {
                    continue;
                }
                rows++;
                RowImport prepared;
                try {
                    prepared = RowImport.prepare(row, columns, actor);
                } catch (RowImport.Rejected r) {
                    tally.rejected(row.number(), r.reason());
                    continue;
                }
                Integer first = firstRowOf.putIfAbsent(prepared.key(), row.number());
                if (first != null) {
                    tally.rejected(row.number(), Text.of(
                            "与第 " + first + " 行重复（同一平台同一账号）", "duplicate of row " + first + " (same platform and handle)"));
                    continue;
                }
                inFlight.acquire();
                try {
                    writers.execute(() -> {
                        try {
                            prepared.write(store, actor, tally);
                        } finally {
                            inFlight.release();
                        }
                    });
                } catch (RuntimeException e) {
                    inFlight.release();
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } finally {
            inFlight.acquireUninterruptibly(permits);
        }
        if (rows == 0) {
            throw ImportProblem.headerOnly();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return tally.summary(fileName, source.format(), rows, columns.ignored(), millis);
    }

    private void record(String actor, String channel, String fileName, String outcome, String detail) {
        try {
            audit.record(new AuditEntry(clock.instant(), actor, channel, "import " + fileName, outcome, detail));
        } catch (RuntimeException e) {
            log.error("audit entry for the import of {} by {} could not be written", fileName, actor, e);
        }
    }

    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\t]", "").strip();
        if (name.length() > 100) {
            name = name.substring(0, 100);
        }
        return name.isEmpty() ? "upload" : name;
    }
}
