package com.daren.bot.community.activity;

import com.daren.command.Lang;
import com.daren.community.Group;
import com.daren.community.GroupStore;
import com.daren.report.ReportPeriod;
import com.daren.report.ReportSection;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Report section: each active group's activity over the report's days (in the group's own zone), busiest first.
 * A long list is cut after {@link #MAX_GROUPS} so the report stays readable in a chat bubble.
 */
@Component
class GroupActivitySection implements ReportSection {

    static final int MAX_GROUPS = 10;

    private final GroupStore groups;
    private final GroupActivity activity;

    GroupActivitySection(GroupStore groups, GroupActivity activity) {
        this.groups = groups;
        this.activity = activity;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Section> build(ReportPeriod period, Lang lang) {
        int days = period.kind() == ReportPeriod.Kind.DAILY ? 1 : 7;
        List<Totals> totals = new ArrayList<>();
        for (Group g : groups.list()) {
            if (!g.active()) {
                continue;
            }
            // The report's last day as the group itself counts days; a scheduled 18:00 report covers today so far.
            LocalDate last = GroupActivity.localDate(g, period.to());
            totals.add(Totals.of(g, activity.days(g.id(), last, days)));
        }
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        totals.sort(Comparator.comparingLong(Totals::interaction).reversed().thenComparing(t -> t.group().name()));
        List<String> lines = new ArrayList<>();
        totals.stream().limit(MAX_GROUPS).forEach(t -> lines.add(t.line(lang)));
        if (totals.size() > MAX_GROUPS) {
            int more = totals.size() - MAX_GROUPS;
            lines.add(lang == Lang.ZH ? "另有 " + more + " 个群（/group stats 查看）"
                    : more + " more groups (see /group stats)");
        }
        return Optional.of(new Section(lang == Lang.ZH ? "社群活跃" : "Group activity", lines));
    }

    private record Totals(Group group, long messages, long joins, long leaves, long checkIns, long peakActive) {

        static Totals of(Group group, List<DayStats> days) {
            return new Totals(group, days.stream().mapToLong(DayStats::messages).sum(),
                    days.stream().mapToLong(DayStats::joins).sum(), days.stream().mapToLong(DayStats::leaves).sum(),
                    days.stream().mapToLong(DayStats::checkIns).sum(),
                    days.stream().mapToLong(DayStats::activeMembers).max().orElse(0));
        }

        long interaction() {
            return messages + checkIns;
        }

        String line(Lang lang) {
            return lang == Lang.ZH
                    ? group.name() + "：消息 " + messages + "，活跃 " + peakActive + " 人，签到 " + checkIns + "，入群 " + joins
                            + "，退群 " + leaves
                    : group.name() + ": " + messages + " messages, " + peakActive + " active, " + checkIns
                            + " check-ins, " + joins + " joined, " + leaves + " left";
        }
    }
}
