package com.daren.bot.crm;

import com.daren.access.Role;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.Map;

/** {@code /daren history @lily}: every status change, who made it and when. */
@Component
class DarenHistoryCommand implements CommandHandler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(InfluencerView.ZONE);

    private static final CommandSpec SPEC = CommandSpec.command("daren history")
            .alias("达人 历史", "达人 记录")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(InfluencerFields.PLATFORM)
            .role(Role.VIEWER)
            .help("查看状态变更记录（谁、何时、从哪到哪）", "status changes: who, when, from, to")
            .build();

    private final InfluencerStore store;
    private final InfluencerLookup lookup;

    DarenHistoryCommand(InfluencerStore store, InfluencerLookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Influencer target = lookup.one(args);
        var changes = store.history(target.id()).stream().map(c -> Map.of(
                "at", TIME.format(c.at()), "by", c.by(),
                "from", c.from() == null ? "" : c.from().id(), "fromZh", c.from() == null ? "" : c.from().zh(),
                "to", c.to().id(), "toZh", c.to().zh(), "reason", c.reason())).toList();
        return Reply.of("crm/history", "handle", target.handle(), "changes", changes);
    }
}
