package com.daren.bot.community.moderation;

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
import com.daren.community.moderation.BannedWordStore;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /group banword add|remove|list [词…] [group=<群>|group=global]}: a group's banned words (the group it is
 * typed in, or {@code group=}), or the global list with {@code group=global} (全局).
 */
@Component
class BanwordCommand implements CommandHandler {

    private static final Set<String> GLOBAL_NAMES = Set.of("global", "全局", "*", "all", "所有");

    private static final CommandSpec SPEC = CommandSpec.command("group banword")
            .alias("群 敏感词", "群 违禁词")
            .arg(ArgSpec.positional("action", ArgType.TEXT, "add|remove|list", "add|remove|list"))
            .arg(ArgSpec.positional("words", ArgType.TEXT, "词…", "words…").optional().restOfLine())
            .arg(GroupRefs.GROUP)
            .role(Role.OPERATOR)
            .mutating()
            .help("敏感词：/group banword add 词1 词2（本群，或 group=<群>；group=global 为全局）、remove、list",
                    "banned words: /group banword add w1 w2 (this group, or group=<group>; group=global for all), remove, list")
            .build();

    private final BannedWordStore words;
    private final GroupRefs refs;

    BanwordCommand(BannedWordStore words, GroupRefs refs) {
        this.words = words;
        this.refs = refs;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        boolean global = args.optionalText("group").map(g -> GLOBAL_NAMES.contains(g.strip().toLowerCase(Locale.ROOT))).orElse(false);
        Group group = global ? null : refs.target(context, args);
        String scope = global ? BannedWordStore.GLOBAL : group.id();
        String scopeName = global ? "*" : group.name();
        List<String> typed = args.optionalText("words").map(w -> Arrays.stream(w.split("[\\s,，、]+"))
                .filter(s -> !s.isBlank()).toList()).orElse(List.of());
        return switch (args.text("action").toLowerCase(Locale.ROOT)) {
            case "add", "添加", "加" -> {
                requireWords(typed);
                List<String> added = words.add(scope, typed);
                yield Reply.of("community/mod/banwords-changed", "scope", scopeName, "added", true, "words", added,
                        "unchanged", typed.size() - added.size()).withAudit("banwords " + scope + " +" + added);
            }
            case "remove", "删除", "删" -> {
                requireWords(typed);
                List<String> removed = words.remove(scope, typed);
                yield Reply.of("community/mod/banwords-changed", "scope", scopeName, "added", false, "words", removed,
                        "unchanged", typed.size() - removed.size()).withAudit("banwords " + scope + " -" + removed);
            }
            case "list", "列表", "查看" -> Reply.of("community/mod/banwords", "scope", scopeName,
                    "words", words.list(scope), "shipped", global ? words.shippedGlobal().size() : 0);
            default -> throw new BadArgumentException(Text.of("操作应为 add、remove 或 list", "the action is add, remove or list"));
        };
    }

    private static void requireWords(List<String> typed) {
        if (typed.isEmpty()) {
            throw new BadArgumentException(Text.of("请写上要添加或删除的词", "give the words to add or remove"));
        }
    }
}
