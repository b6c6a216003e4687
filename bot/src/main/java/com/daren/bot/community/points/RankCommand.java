package com.daren.bot.community.points;

import com.daren.access.Role;
import com.daren.bot.community.GroupRefs;
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
import com.daren.community.points.Period;
import com.daren.community.points.PointsLedger;
import com.daren.community.points.RankEntry;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** {@code /rank [week|month]} (排行): the group's leaderboard, all time by default. */
@Component
class RankCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("rank")
            .alias("排行", "排行榜")
            .arg(ArgSpec.positional("period", ArgType.TEXT, "week|month", "week|month").optional())
            .arg(GroupRefs.GROUP)
            .role(Role.GUEST)
            .help("积分排行：/rank（总榜）、/rank week、/rank month", "leaderboard: /rank (all time), /rank week, /rank month")
            .build();

    private final PointsLedger ledger;
    private final GroupRefs refs;
    private final int size;

    RankCommand(PointsLedger ledger, GroupRefs refs, PointsProperties properties) {
        this.ledger = ledger;
        this.refs = refs;
        this.size = properties.rankSize();
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Period period = switch (args.optionalText("period").orElse("all").toLowerCase(Locale.ROOT)) {
            case "all", "总", "总榜" -> Period.ALL;
            case "week", "周", "本周", "周榜" -> Period.WEEK;
            case "month", "月", "本月", "月榜" -> Period.MONTH;
            default -> throw new BadArgumentException(Text.of("时段应为 week 或 month（不写为总榜）", "the period is week or month (none for all time)"));
        };
        Group group = refs.target(context, args);
        List<RankEntry> top = ledger.leaderboard(group.id(), group.zone(), period, size);
        return Reply.of("community/points/rank", "group", group.name(), "periodZh", period.zh(), "periodEn", period.en(),
                "entries", top);
    }
}
