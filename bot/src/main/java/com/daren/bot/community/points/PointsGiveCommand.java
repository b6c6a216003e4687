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
import com.daren.community.points.PointsLedger;
import org.springframework.stereotype.Component;

/**
 * {@code /points give @成员 10 原因} (a task done, a good post; {@code -10} takes points back) and
 * {@code /points helpful @成员} (a helpful answer, the configured points).
 */
@Component
class PointsGiveCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("points give")
            .alias("积分 奖励", "积分 给")
            .arg(ArgSpec.positional("member", ArgType.HANDLE, "@成员", "@member"))
            .arg(ArgSpec.positional("points", ArgType.TEXT, "分数", "points"))
            .arg(ArgSpec.positional("reason", ArgType.TEXT, "原因", "reason").optional().restOfLine())
            .arg(GroupRefs.GROUP)
            .role(Role.OPERATOR)
            .mutating()
            .help("给成员加积分：/points give @成员 10 完成任务（负数为扣分）", "award points: /points give @member 10 task done (negative takes back)")
            .build();

    private final PointsLedger ledger;
    private final GroupRefs refs;

    PointsGiveCommand(PointsLedger ledger, GroupRefs refs) {
        this.ledger = ledger;
        this.refs = refs;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        int max = ledger.settings().maxAward();
        int points;
        try {
            points = Integer.parseInt(args.text("points").replace("＋", "+").replace("－", "-").strip());
        } catch (NumberFormatException e) {
            points = 0;
        }
        if (points == 0 || Math.abs(points) > max) {
            throw new BadArgumentException(Text.of("分数应为 ±1 到 ±" + max + " 的整数", "points are a whole number from ±1 to ±" + max));
        }
        return award(refs, ledger, context, args, points, args.optionalText("reason").orElse(""));
    }

    static Reply award(GroupRefs refs, PointsLedger ledger, CommandContext context, ParsedArgs args, int points,
                       String reason) {
        Group group = refs.target(context, args);
        String member = args.text("member");
        long total = ledger.award(group.id(), group.zone(), member, points, reason, context.actorId());
        return Reply.of("community/points/given", "member", member, "points", points, "reason", reason,
                "total", total, "group", group.name())
                .withAudit("points " + group.id() + " " + member + " " + points + " " + reason);
    }
}
