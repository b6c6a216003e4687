package com.daren.bot.community;

import com.daren.access.Role;
import com.daren.channel.Channel;
import com.daren.channel.InboundMessage;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandContext;
import com.daren.command.CommandFailure;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Text;
import com.daren.community.Group;
import com.daren.community.GroupBound;
import com.daren.community.GroupChatTakenException;
import com.daren.community.GroupChatType;
import com.daren.community.GroupStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code /group bind [名称] [owner=] [robot=] [appchat=] [wxgroup=] [sim=] [tags=]}: typed in a group, binds that
 * group (owner: whoever bound it unless given); typed one-to-one, binds the chat named by wxgroup=/appchat=/sim=.
 * On a bound group it updates what is given (a robot webhook to post through, broadcast tags …).
 */
@Component
class GroupBindCommand implements CommandHandler {

    private static final Map<String, GroupChatType> CHAT_OPTIONS = Map.of(
            "wxgroup", GroupChatType.WECOM_CUSTOMER, "appchat", GroupChatType.WECOM_APPCHAT,
            "robot", GroupChatType.WECOM_ROBOT, "sim", GroupChatType.SIM);

    private static final CommandSpec SPEC = CommandSpec.command("group bind").alias("群 绑定")
            .arg(ArgSpec.positional("name", ArgType.TEXT, "群名", "name").optional())
            .arg(ArgSpec.option("owner", ArgType.TEXT, "负责人", "owner").alias("负责人"))
            .arg(ArgSpec.option("robot", ArgType.TEXT, "群机器人 webhook", "group robot webhook").alias("机器人"))
            .arg(ArgSpec.option("appchat", ArgType.TEXT, "应用群聊 chatid", "app chat id"))
            .arg(ArgSpec.option("wxgroup", ArgType.TEXT, "客户群 chat_id", "customer group chat_id").alias("客户群"))
            .arg(ArgSpec.option("sim", ArgType.TEXT, "模拟器群", "simulator group"))
            .arg(ArgSpec.option("tags", ArgType.LIST, "标签", "tags").alias("标签"))
            .role(Role.OPERATOR)
            .mutating()
            .help("绑定本群（或 wxgroup=/appchat=/sim= 指定的群）；robot= 设置发言用的群机器人，tags= 广播标签",
                    "bind this group (or the one given by wxgroup=/appchat=/sim=); robot= a webhook to post with, tags= broadcast tags")
            .build();

    private final GroupStore groups;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;

    GroupBindCommand(GroupStore groups, ApplicationEventPublisher events, CommunityProperties properties) {
        this.groups = groups;
        this.events = events;
        this.zone = properties.zone();
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        InboundMessage message = context.message();
        GroupChatType type;
        String chatId;
        if (message.inGroup()) {
            type = message.channel() == Channel.SIM ? GroupChatType.SIM : GroupChatType.WECOM_CUSTOMER;
            chatId = message.chatId();
        } else {
            var given = CHAT_OPTIONS.entrySet().stream()
                    .filter(e -> e.getValue().identifiesInbound() && args.has(e.getKey())).findFirst()
                    .orElseThrow(() -> new BadArgumentException(Text.of(
                            "请在群里发送，或用 wxgroup= / appchat= / sim= 指定群",
                            "send it in the group, or name it with wxgroup= / appchat= / sim=")));
            type = given.getValue();
            chatId = args.text(given.getKey());
        }
        String robot = args.optionalText("robot").orElse(null);
        if (robot != null && !robot.startsWith("https://") && !robot.startsWith("http://")) {
            throw new BadArgumentException(Text.of("robot= 应为群机器人的 webhook 地址", "robot= must be the robot's webhook URL"));
        }
        boolean existed = groups.findByChat(type.channel(), chatId).isPresent();
        try {
            Group group = groups.findByChat(type.channel(), chatId).orElseGet(() -> {
                Group fresh = groups.bind(Group.bind(type, chatId, args.optionalText("name").orElse(null),
                        args.optionalText("owner").orElse(context.actorId()), zone, context.actorId(), context.now()));
                events.publishEvent(new GroupBound(fresh.id(), context.actorId(), context.now()));
                return fresh;
            });
            Group updated = groups.update(group.id(), g -> apply(g, args, existed));
            return Reply.of("community/bound", "g", GroupView.of(updated, groups.memberCount(updated.id())),
                    "existed", existed).withAudit(updated.id() + " " + (existed ? "updated" : "bound") + " " + chatId);
        } catch (GroupChatTakenException e) {
            throw new CommandFailure(Reply.of("community/chat-taken", "holder", e.holder()));
        }
    }

    private static Group apply(Group g, ParsedArgs args, boolean existed) {
        Group out = g;
        if (existed && args.has("name")) {
            out = out.withName(args.text("name"));
        }
        if (existed && args.has("owner")) {
            out = out.withOwner(args.text("owner"));
        }
        for (var e : CHAT_OPTIONS.entrySet()) {
            if (args.has(e.getKey())) {
                out = out.withChat(e.getValue(), args.text(e.getKey()));
            }
        }
        if (args.has("tags")) {
            Set<String> tags = new LinkedHashSet<>();
            args.list("tags").forEach(t -> tags.add(GroupStore.normalizeTag(t)));
            out = out.withTags(tags);
        }
        return out;
    }
}
