package com.daren.bot.community;

import com.daren.access.Role;
import com.daren.bot.community.activity.DayStats;
import com.daren.bot.community.activity.GroupActivity;
import com.daren.bot.community.activity.Sparkline;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Text;
import com.daren.community.Group;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** {@code /group stats [7d|30d] [group=]}: the group's days as a sparkline of interaction plus totals. */
@Component
class GroupStatsCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("group stats").alias("群 统计")
            .arg(ArgSpec.positional("period", ArgType.TEXT, "7d|30d", "7d|30d").optional())
            .arg(GroupRefs.GROUP)
            .role(Role.VIEWER)
            .help("群活跃度：消息、活跃人数、入群、退群、签到（7d 或 30d）",
                    "group activity: messages, active members, joins, leaves, check-ins (7d or 30d)")
            .build();

    private final GroupRefs refs;
    private final GroupActivity activity;

    GroupStatsCommand(GroupRefs refs, GroupActivity activity) {
        this.refs = refs;
        this.activity = activity;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        int days = switch (args.optionalText("period").orElse("7d").toLowerCase(java.util.Locale.ROOT)) {
            case "7d", "7", "7天", "week", "周" -> 7;
            case "30d", "30", "30天", "month", "月" -> 30;
            default -> throw new BadArgumentException(Text.of("周期应为 7d 或 30d", "the period is 7d or 30d"));
        };
        Group g = refs.target(context, args);
        LocalDate today = GroupActivity.localDate(g, context.now());
        List<DayStats> stats = activity.days(g.id(), today, days);
        return Reply.of("community/stats", "group", g.name(), "days", days,
                "spark", Sparkline.of(stats.stream().map(DayStats::interaction).toList()),
                "rows", (days <= 7 ? stats : stats.subList(stats.size() - 7, stats.size())).stream().map(Row::of).toList(),
                "messages", stats.stream().mapToLong(DayStats::messages).sum(),
                "joins", stats.stream().mapToLong(DayStats::joins).sum(),
                "leaves", stats.stream().mapToLong(DayStats::leaves).sum(),
                "checkIns", stats.stream().mapToLong(DayStats::checkIns).sum(),
                "peakActive", stats.stream().mapToLong(DayStats::activeMembers).max().orElse(0));
    }

    /** One day as the template lists it (the last 7 days at most). */
    public record Row(String date, long messages, long activeMembers, long joins, long leaves, long checkIns) {
        static Row of(DayStats d) {
            return new Row(d.date().toString().substring(5), d.messages(), d.activeMembers(), d.joins(), d.leaves(),
                    d.checkIns());
        }
    }
}
