package com.daren.report;

import com.daren.command.Lang;
import com.daren.template.MessageTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Puts the sections together and renders the report as WeCom markdown and as plain text (templates/report). */
public class ReportBuilder {

    private static final Logger log = LoggerFactory.getLogger(ReportBuilder.class);

    /** One report in both forms. */
    public record Rendered(String markdown, String plain) {
    }

    private final List<ReportSection> sections;
    private final MessageTemplates templates;

    public ReportBuilder(List<ReportSection> sections, MessageTemplates templates) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
        this.templates = templates;
    }

    public Rendered build(ReportPeriod period, Lang lang) {
        List<ReportSection.Section> parts = new ArrayList<>();
        for (ReportSection section : sections) {
            try {
                section.build(period, lang).ifPresent(parts::add);
            } catch (RuntimeException e) {
                // One broken section must not cost the whole report: say so in its place.
                log.error("report section {} failed", section.getClass().getSimpleName(), e);
                parts.add(new ReportSection.Section(section.getClass().getSimpleName(), List.of(lang == Lang.ZH
                        ? "（这一部分出错了，详见日志）" : "(this part failed; see the log)")));
            }
        }
        Map<String, Object> model = Map.of("kind", period.kind().id(), "sections", parts,
                "day", DateTimeFormatter.ISO_LOCAL_DATE.format(period.day()),
                "from", DateTimeFormatter.ISO_LOCAL_DATE.format(period.from().atZone(period.zone())));
        return new Rendered(templates.render("report/markdown", lang, model), templates.render("report/plain", lang, model));
    }
}
