package com.daren.bot.crm;

import com.daren.command.Lang;
import com.daren.crm.InfluencerStore;
import com.daren.report.ReportPeriod;
import com.daren.report.ReportSection;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Report section: influencers added in the period, and how many there are in all. */
@Component
class NewInfluencersSection implements ReportSection {

    private final InfluencerStore store;

    NewInfluencersSection(InfluencerStore store) {
        this.store = store;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Section> build(ReportPeriod period, Lang lang) {
        long added = store.countCreatedBetween(period.from(), period.to());
        long all = store.count();
        return Optional.of(lang == Lang.ZH
                ? new Section("新增达人", List.of("新增 " + added + " 位，库中共 " + all + " 位"))
                : new Section("New influencers", List.of(added + " added, " + all + " in all")));
    }
}
