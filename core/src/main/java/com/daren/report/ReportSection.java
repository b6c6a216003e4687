package com.daren.report;

import com.daren.command.Lang;

import java.util.List;
import java.util.Optional;

/**
 * One part of the daily/weekly report, contributed by the feature that owns the data (a bean per section).
 * Sections come out in {@link #order()}; one with nothing to say returns empty and is left out.
 * Sections: new influencers (10), outreach (20), pipeline (30), groups' activity (40), moderation (50), deadlines (60).
 */
public interface ReportSection {

    int order();

    Optional<Section> build(ReportPeriod period, Lang lang);

    /** A titled list of lines; the report renders it as markdown (WeCom) or plain text. */
    record Section(String title, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }
}
