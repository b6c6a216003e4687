package com.daren.bot.community;

import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandFailure;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.community.Group;
import com.daren.community.GroupStore;
import org.springframework.stereotype.Component;

/**
 * Which group a group command is about: the one named by {@code group=} (id, chat id or name), else the group the
 * command was typed in. Group features (moderation, FAQ …) use the same option and rule.
 */
@Component
public class GroupRefs {

    /** {@code group=} / {@code 群=}: a group id, chat id or name. */
    public static final ArgSpec GROUP = ArgSpec.option("group", ArgType.TEXT, "群", "group").alias("群");

    private final GroupStore groups;

    GroupRefs(GroupStore groups) {
        this.groups = groups;
    }

    /** The group, or a {@link CommandFailure} saying which one was not found or that none was named. */
    public Group target(CommandContext context, ParsedArgs args) {
        return target(context, args.optionalText(GROUP.name()).orElse(null));
    }

    public Group target(CommandContext context, String ref) {
        if (ref != null) {
            return groups.resolve(ref).orElseThrow(() -> new CommandFailure(Reply.of("community/not-found", "ref", ref)));
        }
        var message = context.message();
        if (message.inGroup()) {
            return groups.findByChat(message.channel(), message.chatId())
                    .orElseThrow(() -> new CommandFailure(Reply.of("community/not-bound")));
        }
        throw new CommandFailure(Reply.of("community/which-group"));
    }
}
