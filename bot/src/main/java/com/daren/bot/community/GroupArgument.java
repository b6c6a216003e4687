package com.daren.bot.community;

import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandContext;
import com.daren.command.ParsedArgs;
import com.daren.command.Text;
import com.daren.community.Group;
import com.daren.community.GroupStore;

/**
 * The group a group command is about: {@code group=<id, chat id or name>} when given, else the bound group the
 * command was typed in. In a one-to-one chat without {@code group=} it is a usage error.
 */
public final class GroupArgument {

    public static final ArgSpec SPEC = ArgSpec.option("group", ArgType.TEXT, "群", "group").alias("群");

    private GroupArgument() {
    }

    public static Group resolve(GroupStore groups, CommandContext context, ParsedArgs args) {
        if (args.has("group")) {
            String ref = args.text("group");
            return groups.resolve(ref).orElseThrow(() -> new BadArgumentException(Text.of(
                    "没有群「" + ref + "」（/group list 查看）", "no group '" + ref + "' (see /group list)")));
        }
        var message = context.message();
        if (message.inGroup()) {
            return groups.findByChat(message.channel(), message.chatId()).orElseThrow(() -> new BadArgumentException(
                    Text.of("这个群还没有绑定（/group bind）", "this group is not bound yet (/group bind)")));
        }
        throw new BadArgumentException(Text.of("私聊里请用 group=<群> 指明哪个群", "in a direct chat, say which group with group=<group>"));
    }
}
