package com.daren.bot.community.broadcast;

import com.daren.access.Role;
import com.daren.bot.community.CommunityProperties;
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
import com.daren.community.GroupPoster;
import com.daren.community.GroupStore;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.PipelineStatus;
import com.daren.template.TemplateRenderingException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * {@code /broadcast <群|标签|all> <内容…> [template=]}: a preview of what goes where, and the id to confirm with
 * {@code /broadcast confirm <id>}. Nothing is sent before that.
 */
@Component
class BroadcastCommand implements CommandHandler {

    private static final Set<String> ALL = Set.of("all", "全部", "所有");

    private static final CommandSpec SPEC = CommandSpec.command("broadcast").alias("广播")
            .arg(ArgSpec.positional("target", ArgType.TEXT, "群|标签|all", "group|tag|all"))
            .arg(ArgSpec.positional("text", ArgType.TEXT, "内容", "text").restOfLine())
            .arg(ArgSpec.option("template", ArgType.TEXT, "模板", "template").alias("模板"))
            .role(Role.OPERATOR)
            .help("向群广播（先预览，/broadcast confirm 编号 确认后发送，按渠道限速）",
                    "broadcast to groups (preview first; /broadcast confirm <id> sends, throttled per channel)")
            .build();

    private final GroupStore groups;
    private final BroadcastStore store;
    private final BroadcastSender sender;
    private final GroupPoster poster;
    private final InfluencerStore influencers;
    private final CommunityProperties properties;

    BroadcastCommand(GroupStore groups, BroadcastStore store, BroadcastSender sender, GroupPoster poster,
                     InfluencerStore influencers, CommunityProperties properties) {
        this.groups = groups;
        this.store = store;
        this.sender = sender;
        this.poster = poster;
        this.influencers = influencers;
        this.properties = properties;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        String target = args.text("target");
        List<Group> recipients = recipients(target);
        if (recipients.isEmpty()) {
            throw new CommandFailure(Reply.of("community/broadcast-no-groups", "target", target));
        }
        String template = args.optionalText("template").map(t -> t.startsWith("broadcast/") ? t : "broadcast/" + t).orElse(null);
        Broadcast b = new Broadcast(store.nextId(), target, recipients.stream().map(Group::id).toList(), args.text("text"),
                template, context.actorId(), context.now(), Broadcast.Status.PREVIEW);
        String sample;
        try {
            sample = sender.render(b, recipients.get(0));
        } catch (TemplateRenderingException e) {
            throw new BadArgumentException(Text.of("模板 " + template + " 无法使用", "template " + template + " cannot be used"));
        }
        store.savePreview(b, properties.broadcast().previewTtl());
        long unreachable = recipients.stream().filter(g -> poster.route(g).equals("none")).count();
        return Reply.of("community/broadcast-preview", "id", b.id(), "count", recipients.size(),
                "names", recipients.stream().limit(10).map(Group::name).toList(), "text", sample,
                "unreachable", unreachable, "optedOut", optedOutMembers(recipients));
    }

    private List<Group> recipients(String target) {
        if (ALL.contains(target.toLowerCase(java.util.Locale.ROOT))) {
            return groups.list().stream().filter(Group::active).toList();
        }
        var one = groups.resolve(target);
        if (one.isPresent()) {
            return one.filter(Group::active).map(List::of).orElse(List.of());
        }
        String tag = GroupStore.normalizeTag(target.startsWith("tag:") ? target.substring(4) : target);
        return groups.tagged(tag).stream().filter(Group::active).toList();
    }

    /**
     * Opted-out influencers who are members of the target groups: a group post reaches every member and cannot
     * leave one out, so the operator is told before confirming.
     */
    private long optedOutMembers(List<Group> recipients) {
        long n = 0;
        for (Group g : recipients) {
            String channel = g.chats().keySet().stream().filter(t -> t.identifiesInbound()).findFirst()
                    .map(t -> t.channel().id()).orElse(null);
            if (channel == null) {
                continue;
            }
            for (String member : groups.members(g.id())) {
                if (influencers.findByIdentity(channel, member).map(Influencer::status)
                        .filter(s -> s == PipelineStatus.OPTED_OUT).isPresent()) {
                    n++;
                }
            }
        }
        return n;
    }
}
