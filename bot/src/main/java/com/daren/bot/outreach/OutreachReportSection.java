package com.daren.bot.outreach;

import com.daren.command.Lang;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.SequenceCatalog;
import com.daren.outreach.SequenceDefinition;
import com.daren.report.ReportMarks;
import com.daren.report.ReportPeriod;
import com.daren.report.ReportSection;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Report section: per sequence, messages sent and replies since the last report of the kind, and the reply rate
 * (the same counters as /seq stats, whose totals only grow, so the section reports their change).
 */
@Component
class OutreachReportSection implements ReportSection {

    private final SequenceCatalog sequences;
    private final EnrollmentStore enrollments;
    private final ReportMarks marks;

    OutreachReportSection(SequenceCatalog sequences, EnrollmentStore enrollments, ReportMarks marks) {
        this.sequences = sequences;
        this.enrollments = enrollments;
        this.marks = marks;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Section> build(ReportPeriod period, Lang lang) {
        List<String> lines = new ArrayList<>();
        for (SequenceDefinition seq : sequences.all()) {
            Map<String, Long> stats = enrollments.stats(seq.name());
            long sent = sum(stats, "sent:\\d+");
            long replied = sum(stats, "replied:\\d+");
            Map<String, Long> change = marks.since(period, "seq:" + seq.name(), Map.of("sent", sent, "replied", replied));
            long s = change.get("sent");
            long r = change.get("replied");
            if (s == 0 && r == 0) {
                continue;
            }
            String rate = s == 0 ? "—" : Math.round(r * 1000.0 / s) / 10.0 + "%";
            lines.add(lang == Lang.ZH ? seq.name() + "：发送 " + s + "，回复 " + r + "，回复率 " + rate
                    : seq.name() + ": sent " + s + ", replies " + r + ", reply rate " + rate);
        }
        if (lines.isEmpty()) {
            lines.add(lang == Lang.ZH ? "没有新的发送或回复" : "no sends or replies");
        }
        return Optional.of(new Section(lang == Lang.ZH ? "跟进序列" : "Outreach", lines));
    }

    private static long sum(Map<String, Long> stats, String keyPattern) {
        return stats.entrySet().stream().filter(e -> e.getKey().matches(keyPattern)).mapToLong(Map.Entry::getValue).sum();
    }
}
