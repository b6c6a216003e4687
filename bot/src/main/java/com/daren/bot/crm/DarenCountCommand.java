package com.daren.bot.crm;

import com.daren.access.Role;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.InfluencerStore;
import org.springframework.stereotype.Component;

/**
 * {@code /daren count tier=micro status=active tag=美妆}: the exact number of matches, for when {@code /daren list}
 * answers "at least N" (it stops counting big combinations early so a list never holds Redis up for long).
 */
@Component
class DarenCountCommand implements CommandHandler {

    private static final CommandSpec SPEC;

    static {
        CommandSpec.Builder b = CommandSpec.command("daren count").alias("达人 统计", "达人 数量");
        ListFilters.SPECS.forEach(b::arg);
        SPEC = b.role(Role.VIEWER)
                .help("按 list 的条件精确统计达人数", "exact number of influencers matching list's filters")
                .build();
    }

    private final InfluencerStore store;

    DarenCountCommand(InfluencerStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        long total = store.countExactly(ListFilters.parse(args, 1, 1));
        return Reply.of("crm/count", "total", total,
                "filtered", ListFilters.SPECS.stream().anyMatch(s -> args.has(s.name())));
    }
}
