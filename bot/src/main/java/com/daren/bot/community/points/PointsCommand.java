package com.daren.bot.community.points;

import com.daren.access.Role;
import com.daren.bot.community.GroupRefs;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Scope;
import com.daren.community.Group;
import com.daren.community.points.PointsLedger;
import com.daren.community.points.Standing;
import org.springframework.stereotype.Component;

/** {@code 积分} or {@code /points} in a group: my points (total, this week, this month), my place and streak. */
@Component
class PointsCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("points")
            .keyword("积分", "我的积分")
            .role(Role.GUEST)
            .scope(Scope.GROUP_ONLY)
            .help("在群里发「积分」或 /points 查看我的积分", "say 积分 or /points in a group to see your points")
            .build();

    private final PointsLedger ledger;
    private final GroupRefs refs;

    PointsCommand(PointsLedger ledger, GroupRefs refs) {
        this.ledger = ledger;
        this.refs = refs;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Group group = refs.target(context, args);
        Standing s = ledger.standing(group.id(), group.zone(), context.actorId());
        return Reply.of("community/points/mine", "member", context.actorId(), "total", s.total(), "week", s.week(),
                "month", s.month(), "rank", s.rank(), "streak", s.streak());
    }
}
