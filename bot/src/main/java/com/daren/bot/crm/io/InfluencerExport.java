package com.daren.bot.crm.io;

import com.daren.audit.AuditEntry;
import com.daren.audit.AuditLog;
import com.daren.bot.crm.PersonalData;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerQuery;
import com.daren.crm.InfluencerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the influencers a query matches into a CSV or XLSX file, page by page through the store's indexed query
 * (never a scan, never more than one page of records in memory besides the file), personal data masked as the
 * reader may see it. Every export writes one audit entry.
 */
@Service
public class InfluencerExport {

    private static final Logger log = LoggerFactory.getLogger(InfluencerExport.class);
    private static final int PAGE = 200;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneId.of("Asia/Shanghai"));

    private final InfluencerStore store;
    private final AuditLog audit;
    private final IoProperties properties;
    private final Clock clock;

    InfluencerExport(InfluencerStore store, AuditLog audit, IoProperties properties, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param rows      records written
     * @param total      records the query matched; a lower bound when not {@code totalExact}
     * @param totalExact false when the search stopped counting a big combination of filters (only if truncated)
     * @param truncated  more matched than {@code daren.io.max-export-rows} allows
     */
    public record ExportFile(String fileName, ExportFormat format, byte[] body, long rows, long total,
                             boolean totalExact, boolean truncated) {
    }

    /** The file for {@code filters} (its page and page size are ignored); audited under {@code actor}. */
    public ExportFile export(InfluencerQuery filters, PersonalData personal, ExportFormat format, String actor, String channel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = 0;
        long total;
        boolean exact;
        boolean more;
        int max = properties.maxExportRows();
        try (SheetWriter writer = SheetWriter.of(format, out, ExportColumns.headers())) {
            int page = 1;
            InfluencerQuery.Page result;
            do {
                result = store.query(page(filters, page));
                for (Influencer i : result.items()) {
                    if (rows >= max) {
                        break;
                    }
                    writer.row(ExportColumns.ALL, values(i, personal));
                    rows++;
                }
                page++;
            } while (rows < max && !result.items().isEmpty() && result.hasMore());
            total = result.total();
            exact = result.totalExact();
            more = result.hasMore();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the export", e);
        }
        String fileName = "daren-" + STAMP.format(clock.instant()) + "." + format.extension();
        ExportFile file = new ExportFile(fileName, format, out.toByteArray(), rows, Math.max(total, rows), exact,
                rows >= max && (more || total > rows));
        String detail = format.extension() + " " + rows + " of " + (exact ? "" : "at least ") + file.total() + " rows"
                + (personal.revealed() ? ", personal data shown" : ", personal data masked");
        try {
            audit.record(new AuditEntry(clock.instant(), actor, channel, "export", "ok", detail));
        } catch (RuntimeException e) {
            log.error("audit entry for an export by {} could not be written", actor, e);
        }
        return file;
    }

    private static List<Object> values(Influencer i, PersonalData personal) {
        List<Object> values = new ArrayList<>(ExportColumns.ALL.size());
        for (ExportColumns.Column c : ExportColumns.ALL) {
            values.add(c.value().apply(i, personal));
        }
        return values;
    }

    private static InfluencerQuery page(InfluencerQuery q, int page) {
        return new InfluencerQuery(q.tiers(), q.statuses(), q.tags(), q.owners(), q.platforms(), q.followers(), q.score(),
                q.engagementRate(), q.sort(), q.descending(), page, PAGE);
    }
}
