package com.daren.bot.help;

import com.daren.access.Operator;
import com.daren.access.Role;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.Lang;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.InfluencerStore;
import org.springframework.stereotype.Component;

/** {@code /whoami}: the id the bot sees, the role it grants, and the channel; useful when setting up the roster. */
@Component
class WhoamiCommand implements CommandHandler {

    private final InfluencerStore influencers;

    WhoamiCommand(InfluencerStore influencers) {
        this.influencers = influencers;
    }

    private static final CommandSpec SPEC = CommandSpec.command("whoami")
            .alias("我是谁")
            .role(Role.GUEST)
            .help("查看你的账号、角色和所在渠道", "show your id, role and channel")
            .build();

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        var linked = influencers.findByIdentity(context.message().channel().id(), context.actorId());
        return Reply.of("help/whoami",
                "influencer", linked.map(i -> i.name() + " @" + i.handle()).orElse(""),
                "id", context.actorId(),
                "name", context.operator().map(Operator::name).orElse(""),
                "role", context.role().label(context.lang() == Lang.ZH),
                "operator", context.role().atLeast(Role.VIEWER),
                "channel", context.message().channel().id(),
                "group", context.message().chatId() == null ? "" : context.message().chatId());
    }
}
