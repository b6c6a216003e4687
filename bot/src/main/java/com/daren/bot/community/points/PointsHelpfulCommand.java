package com.daren.bot.community.points;

import com.daren.access.Role;
import com.daren.bot.community.GroupRefs;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.community.points.PointsLedger;
import org.springframework.stereotype.Component;

/** {@code /points helpful @成员}: an operator marks a member's answer as helpful; the configured points, reason 解答. */
@Component
class PointsHelpfulCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("points helpful")
            .alias("积分 解答")
            .arg(ArgSpec.positional("member", ArgType.HANDLE, "@成员", "@member"))
            .arg(GroupRefs.GROUP)
            .role(Role.OPERATOR)
            .mutating()
            .help("成员的回答帮到了大家：/points helpful @成员（加配置的解答积分）",
                    "a member answered helpfully: /points helpful @member (the configured points)")
            .build();

    private final PointsLedger ledger;
    private final GroupRefs refs;
    private final int points;

    PointsHelpfulCommand(PointsLedger ledger, GroupRefs refs, PointsProperties properties) {
        this.ledger = ledger;
        this.refs = refs;
        this.points = properties.helpfulAnswer();
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        return PointsGiveCommand.award(refs, ledger, context, args, points, "解答 helpful answer");
    }
}
