package com.daren.bot.community;

import com.daren.access.Role;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.community.GroupStore;
import org.springframework.stereotype.Component;

/** {@code /group list}: every bound group with its owner, members and how the bot reaches it. */
@Component
class GroupListCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("group list").alias("群 列表")
            .role(Role.VIEWER)
            .help("列出已绑定的群", "list bound groups")
            .build();

    private final GroupStore groups;

    GroupListCommand(GroupStore groups) {
        this.groups = groups;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        return Reply.of("community/list", "groups", groups.list().stream()
                .map(g -> GroupView.of(g, groups.memberCount(g.id()))).toList());
    }
}
