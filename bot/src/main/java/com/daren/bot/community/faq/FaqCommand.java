package com.daren.bot.community.faq;

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
import com.daren.community.faq.FaqEntry;
import com.daren.community.faq.FaqStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /group faq add <关键词,关键词|re:正则> <回答…>}, {@code /group faq remove <问题>}, {@code /group faq list}:
 * a group's own questions; one with a default's id (合作流程, 报价, 寄样, 结算) replaces that default in the group.
 */
@Component
class FaqCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("group faq")
            .alias("群 问答")
            .arg(ArgSpec.positional("action", ArgType.TEXT, "add|remove|list", "add|remove|list"))
            .arg(ArgSpec.positional("question", ArgType.TEXT, "关键词,关键词 或 re:正则", "keyword,keyword or re:regex").optional())
            .arg(ArgSpec.positional("answer", ArgType.TEXT, "回答", "answer").optional().restOfLine())
            .arg(ArgSpec.option("id", ArgType.TEXT, "编号", "id"))
            .arg(GroupRefs.GROUP)
            .role(Role.OPERATOR)
            .mutating()
            .help("群问答：/group faq add 报价,价格 报价请私聊运营（id=名称 可选）、/group faq remove 报价、/group faq list",
                    "group FAQ: /group faq add price,quote Ask the operator (optional id=name), /group faq remove price, /group faq list")
            .build();

    private final FaqStore store;
    private final GroupRefs refs;

    FaqCommand(FaqStore store, GroupRefs refs) {
        this.store = store;
        this.refs = refs;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Group group = refs.target(context, args);
        return switch (args.text("action").toLowerCase(Locale.ROOT)) {
            case "add", "添加", "加" -> add(group, args);
            case "remove", "删除", "删" -> remove(group, args);
            case "list", "列表", "查看" -> list(group);
            default -> throw new BadArgumentException(Text.of("操作应为 add、remove 或 list", "the action is add, remove or list"));
        };
    }

    private Reply add(Group group, ParsedArgs args) {
        String pattern = args.optionalText("question").orElseThrow(() -> missing());
        String answer = args.optionalText("answer").orElseThrow(() -> missing());
        String problem = FaqEntry.problemWith(pattern);
        if (problem != null) {
            throw new BadArgumentException(Text.of("问题写法不对：" + problem, "the question does not work: " + problem));
        }
        String id = args.optionalText("id").orElseGet(() -> defaultId(pattern));
        boolean replaced = store.put(group.id(), new FaqEntry(id, pattern, answer.strip(), null));
        return Reply.of("community/faq/added", "group", group.name(), "id", id, "replaced", replaced,
                "coolDown", store.coolDown().toMinutes()).withAudit("faq " + group.id() + " " + id);
    }

    private Reply remove(Group group, ParsedArgs args) {
        String id = args.optionalText("question").orElseThrow(() -> missing());
        boolean removed = store.remove(group.id(), id);
        boolean isDefault = store.defaults().stream().anyMatch(d -> d.id().equals(id));
        return Reply.of("community/faq/removed", "group", group.name(), "id", id, "removed", removed,
                "isDefault", isDefault).withAudit(removed ? "faq " + group.id() + " -" + id : null);
    }

    private Reply list(Group group) {
        var own = store.own(group.id());
        List<Map<String, Object>> entries = store.entries(group.id()).stream().map(e -> Map.<String, Object>of(
                "id", e.id(), "pattern", e.pattern(), "own", own.containsKey(e.id()),
                "answer", e.template() != null ? "（模板 " + e.template() + "）" : abbreviate(e.answer()))).toList();
        return Reply.of("community/faq/list", "group", group.name(), "entries", entries,
                "coolDown", store.coolDown().toMinutes());
    }

    private static String defaultId(String pattern) {
        if (pattern.startsWith(FaqEntry.REGEX_PREFIX)) {
            return pattern.length() > 24 ? pattern.substring(0, 24) : pattern;
        }
        return pattern.split("[,，、|]")[0].strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static BadArgumentException missing() {
        return new BadArgumentException(Text.of("请写上问题和回答", "give the question and the answer"));
    }
}
