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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code /daren tag @lily 美妆 护肤 -旅行}: adds tags, removes those written with a leading minus. */
@Component
class DarenTagCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("daren tag")
            .alias("达人 标签")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(ArgSpec.positional("tags", ArgType.TEXT, "标签，前加 - 为删除", "tags, -tag removes").restOfLine())
            .arg(InfluencerFields.PLATFORM)
            .role(Role.OPERATOR)
            .mutating()
            .help("加标签或删标签（前加 -）", "add tags, or remove them with a leading -")
            .build();

    private final InfluencerStore store;
    private final InfluencerLookup lookup;

    DarenTagCommand(InfluencerStore store, InfluencerLookup lookup) {
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
        List<String> words = Arrays.stream(args.text("tags").split("[\\s,，、]+")).filter(w -> !w.isBlank()).toList();
        Set<String> add = new LinkedHashSet<>();
        Set<String> remove = new LinkedHashSet<>();
        for (String w : words) {
            if (w.startsWith("-") && w.length() > 1) {
                remove.add(w.substring(1));
            } else {
                add.add(w.startsWith("+") ? w.substring(1) : w);
            }
        }
        InfluencerStore.Change change = store.update(target.id(), context.actorId(), "tag", current -> {
            List<String> tags = new ArrayList<>(current.tags());
            tags.removeIf(t -> remove.stream().anyMatch(r -> r.equalsIgnoreCase(t)));
            add.stream().filter(a -> tags.stream().noneMatch(t -> t.equalsIgnoreCase(a))).forEach(tags::add);
            return current.toBuilder().tags(tags).build();
        });
        return Reply.of("crm/tagged", "handle", target.handle(), "tags", change.after().tags())
                .withAudit(change.summary());
    }
}
