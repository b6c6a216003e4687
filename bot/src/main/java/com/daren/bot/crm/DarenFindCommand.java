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

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /daren find lil}: by exact handle on any platform, then by name prefix. */
@Component
class DarenFindCommand implements CommandHandler {

    private static final int LIMIT = 10;

    private static final CommandSpec SPEC = CommandSpec.command("daren find")
            .alias("达人 搜索", "达人 查找")
            .arg(ArgSpec.positional("text", ArgType.TEXT, "账号或昵称开头", "handle or start of name").restOfLine())
            .role(Role.VIEWER)
            .help("按账号或昵称开头查找达人", "find influencers by handle or the start of their name")
            .build();

    private final InfluencerStore store;

    DarenFindCommand(InfluencerStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        String text = args.text("text").strip();
        Map<String, Influencer> found = new LinkedHashMap<>();
        store.findByHandle(text).forEach(i -> found.put(i.id(), i));
        store.findByNamePrefix(text, LIMIT).forEach(i -> found.putIfAbsent(i.id(), i));
        return Reply.of("crm/found", "text", text,
                "influencers", found.values().stream().limit(LIMIT).map(InfluencerView::of).toList());
    }
}
