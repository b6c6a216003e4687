package com.daren.bot.crm;

import com.daren.access.Role;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.InfluencerStore;
import org.springframework.stereotype.Component;

/** {@code /daren list [page=2]}: newest influencers first, ten a page. */
@Component
class DarenListCommand implements CommandHandler {

    static final int PAGE_SIZE = 10;

    private static final CommandSpec SPEC = CommandSpec.command("daren list")
            .alias("达人 列表")
            .arg(ArgSpec.option("page", ArgType.COUNT, "页码", "page").alias("页"))
            .role(Role.VIEWER)
            .help("列出达人（最新在前，每页 10 个）", "list influencers, newest first, ten a page")
            .build();

    private final InfluencerStore store;

    DarenListCommand(InfluencerStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        long page = Math.max(1, args.optionalCount("page").orElse(1L));
        long total = store.count();
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int offset = (int) Math.min((page - 1) * PAGE_SIZE, Integer.MAX_VALUE - PAGE_SIZE);
        return Reply.of("crm/list",
                "influencers", store.newest(offset, PAGE_SIZE).stream().map(InfluencerView::of).toList(),
                "page", page, "pages", pages, "total", total);
    }
}
