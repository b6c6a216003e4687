package com.daren.bot.community;

import com.daren.access.Role;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.community.Group;
import com.daren.community.GroupStore;
import org.springframework.stereotype.Component;

/** {@code /group rules [群规…] [group=]}: shows the rules, or sets them (they go out with every welcome). */
@Component
class GroupRulesCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("group rules").alias("群 群规")
            .arg(ArgSpec.positional("text", ArgType.TEXT, "群规", "rules").optional().restOfLine())
            .arg(GroupRefs.GROUP)
            .role(Role.OPERATOR)
            .mutating()
            .help("查看或设置群规（欢迎语会附上群规）", "show or set the group's rules (sent with every welcome)")
            .build();

    private final GroupStore groups;
    private final GroupRefs refs;

    GroupRulesCommand(GroupStore groups, GroupRefs refs) {
        this.groups = groups;
        this.refs = refs;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Group g = refs.target(context, args);
        if (!args.has("text")) {
            return Reply.of("community/rules", "group", g.name(), "rules", g.rules(), "changed", false);
        }
        Group updated = groups.update(g.id(), x -> x.withRules(args.text("text")));
        return Reply.of("community/rules", "group", updated.name(), "rules", updated.rules(), "changed", true)
                .withAudit(g.id() + " rules: " + updated.rules());
    }
}
