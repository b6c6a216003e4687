package com.daren.bot.deadline;

import com.daren.command.Lang;
import com.daren.crm.InfluencerStore;
import com.daren.deadline.Deadline;
import com.daren.deadline.DeadlineStore;
import com.daren.report.ReportPeriod;
import com.daren.report.ReportSection;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Report section: open deadlines overdue or due within the next 7 days. */
@Component
class DeadlineReportSection implements ReportSection {

    private final DeadlineStore deadlines;
    private final InfluencerStore influencers;

    DeadlineReportSection(DeadlineStore deadlines, InfluencerStore influencers) {
        this.deadlines = deadlines;
        this.influencers = influencers;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Section> build(ReportPeriod period, Lang lang) {
        LocalDate today = period.day();
        List<Deadline> upcoming = deadlines.openUntil(today.plusDays(7), 30);
        if (upcoming.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = upcoming.stream().map(d -> {
            String handle = influencers.get(d.influencerId()).map(i -> i.handle()).orElse("?");
            String late = d.due().isBefore(today) ? (lang == Lang.ZH ? "【逾期】" : "[overdue] ") : "";
            return late + d.due() + " @" + handle + " " + d.what() + " (#" + d.id() + ")";
        }).toList();
        return Optional.of(new Section(lang == Lang.ZH ? "即将到期" : "Upcoming deadlines", lines));
    }
}
