package com.daren.bot.pipeline;

import com.daren.command.Lang;
import com.daren.crm.InfluencerStore;
import com.daren.crm.PipelineStatus;
import com.daren.report.ReportMarks;
import com.daren.report.ReportPeriod;
import com.daren.report.ReportSection;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Report section: how many influencers are at each pipeline status, and the change since the last report. */
@Component
class PipelineReportSection implements ReportSection {

    private final InfluencerStore store;
    private final ReportMarks marks;

    PipelineReportSection(InfluencerStore store, ReportMarks marks) {
        this.store = store;
        this.marks = marks;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Section> build(ReportPeriod period, Lang lang) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (PipelineStatus status : PipelineStatus.values()) {
            counts.put(status.id(), store.countWithStatus(status));
        }
        Map<String, Long> change = marks.since(period, "pipe", counts);
        List<String> lines = new ArrayList<>();
        for (PipelineStatus status : PipelineStatus.values()) {
            long now = counts.get(status.id());
            long moved = change.get(status.id());
            if (now == 0 && moved == 0) {
                continue;
            }
            String delta = moved == 0 ? "" : (moved > 0 ? "（+" + moved + "）" : "（" + moved + "）");
            lines.add((lang == Lang.ZH ? status.zh() : status.id()) + " " + now
                    + (lang == Lang.ZH ? delta : delta.replace("（", " (").replace("）", ")")));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(lang == Lang.ZH ? "合作进度" : "Pipeline", lines));
    }
}
