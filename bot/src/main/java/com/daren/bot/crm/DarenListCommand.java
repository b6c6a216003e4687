package com.daren.bot.crm;

import com.daren.access.Role;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.InfluencerQuery;
import com.daren.crm.InfluencerStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /daren list tier=micro status=active tag=美妆 sort=-score page=2}: filtered, sorted, ten a page, answered
 * from Redis indexes without reading any record but the page's. A big combination of filters is not counted to the
 * end (that would hold up Redis for every other caller): the reply then says "at least N" and still offers the next page.
 */
@Component
class DarenListCommand implements CommandHandler {

    static final int PAGE_SIZE = 10;

    private static final CommandSpec SPEC;

    static {
        CommandSpec.Builder b = CommandSpec.command("daren list").alias("达人 列表", "达人 筛选");
        ListFilters.SPECS.forEach(b::arg);
        SPEC = b.arg(ListFilters.PAGE).role(Role.VIEWER)
                .help("筛选达人：tier= status= tag= owner= platform= followers=1k-10k score=7-10 er=3%-8% sort=-score page=",
                        "filter: tier= status= tag= owner= platform= followers=1k-10k score=7-10 er=3%-8% sort=-score page=")
                .build();
    }

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
        int page = (int) Math.min(Math.max(1, args.optionalCount("page").orElse(1L)), 100_000);
        InfluencerQuery query = ListFilters.parse(args, page, PAGE_SIZE);
        InfluencerQuery.Page result = store.query(query);
        return Reply.of("crm/list",
                "influencers", result.items().stream().map(InfluencerView::of).toList(),
                "page", page, "pages", result.pages(), "total", result.total(), "exact", result.totalExact(),
                "more", result.hasMore(), "pageSize", PAGE_SIZE,
                "next", nextPageCommand(context.message().text(), page + 1),
                "filtered", ListFilters.SPECS.stream().anyMatch(s -> args.has(s.name())));
    }

    /** The same command with page=N+1, so the operator can copy it. */
    private static String nextPageCommand(String typed, int next) {
        List<String> words = new ArrayList<>(List.of(typed.strip().split("\\s+")));
        words.removeIf(w -> w.startsWith("page=") || w.startsWith("页="));
        words.add("page=" + next);
        return words.stream().collect(Collectors.joining(" "));
    }
}
