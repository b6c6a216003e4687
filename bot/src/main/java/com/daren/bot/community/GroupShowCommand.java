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

/** {@code /group show [群]}: one group's settings (in a group: that group). */
@Component
class GroupShowCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("group show").alias("群 查看")
            .arg(ArgSpec.positional("group", ArgType.TEXT, "群", "group").optional())
            .role(Role.VIEWER)
            .help("查看群设置（群内可省略群名）", "show a group's settings (in the group, no name needed)")
            .build();

    private final GroupStore groups;
    private final GroupRefs refs;

    GroupShowCommand(GroupStore groups, GroupRefs refs) {
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
        return Reply.of("community/show", "g", GroupView.of(g, groups.memberCount(g.id())));
    }
}
