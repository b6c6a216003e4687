package com.daren.bot.brief;

import com.daren.brief.BriefGroup;
import com.daren.brief.BriefGroups;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandContext;
import com.daren.command.ParsedArgs;
import com.daren.command.Text;
import com.daren.community.Group;
import com.daren.community.GroupStore;
import org.springframework.stereotype.Component;

/**
 * Which group a {@code /brief} command is about: {@code group=} (id, chat id or name), else the group it was typed
 * in. (The community branch has the same rule in GroupRefs; fold into it once both are on main.)
 */
@Component
class BriefTarget {

    static final ArgSpec GROUP = ArgSpec.option("group", ArgType.TEXT, "群", "group").alias("群");

    private final GroupStore groups;
    private final BriefGroups briefGroups;

    BriefTarget(GroupStore groups, BriefGroups briefGroups) {
        this.groups = groups;
        this.briefGroups = briefGroups;
    }

    BriefGroup of(CommandContext context, ParsedArgs args) {
        Group group;
        if (args.has(GROUP.name())) {
            String ref = args.text(GROUP.name());
            group = groups.resolve(ref).orElseThrow(() -> new BadArgumentException(Text.of(
                    "没有找到群「" + ref + "」（/group list 查看）", "no group '" + ref + "' (see /group list)")));
        } else if (context.message().inGroup()) {
            group = groups.findByChat(context.message().channel(), context.message().chatId())
                    .orElseThrow(() -> new BadArgumentException(Text.of("这个群还没有绑定，请先 /group bind",
                            "this group is not bound yet: /group bind first")));
        } else {
            throw new BadArgumentException(Text.of("请在群里使用，或加上 group=<群>", "use it in the group, or add group=<group>"));
        }
        if (!group.active()) {
            throw new BadArgumentException(Text.of("群「" + group.name() + "」已解散", "group '" + group.name() + "' was dismissed"));
        }
        return briefGroups.of(group);
    }
}
