package com.daren.bot.crm;

import com.daren.access.Role;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.Note;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** {@code /daren show @lily [platform=douyin]}: one influencer's card; personal data masked unless allowed. */
@Component
class DarenShowCommand implements CommandHandler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(InfluencerView.ZONE);

    private static final CommandSpec SPEC = CommandSpec.command("daren show")
            .alias("达人 查看", "达人 详情")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(InfluencerFields.PLATFORM)
            .role(Role.VIEWER)
            .help("查看达人资料（手机号、微信号仅在运营私聊中完整显示）",
                    "show an influencer's record (phone and WeChat id in full only in operators' 1:1 chats)")
            .build();

    private final InfluencerStore store;
    private final InfluencerLookup lookup;
    private final com.daren.deadline.DeadlineStore deadlines;

    DarenShowCommand(InfluencerStore store, InfluencerLookup lookup, com.daren.deadline.DeadlineStore deadlines) {
        this.deadlines = deadlines;
        this.store = store;
        this.lookup = lookup;
    }

    /** "3/4 按时（75%）" from the deadline record, or empty before any delivery. */
    private String reliability(Influencer influencer) {
        com.daren.deadline.DeadlineStore.Reliability r = deadlines.reliability(influencer.id());
        return r.percent().map(p -> r.onTime() + "/" + r.delivered() + " (" + p + "%)").orElse("");
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Influencer influencer = lookup.one(args);
        List<Note> notes = store.notes(influencer.id());
        List<Map<String, String>> lastNotes = notes.subList(Math.max(0, notes.size() - 3), notes.size()).stream()
                .map(n -> Map.of("at", TIME.format(n.at()), "by", n.by(), "text", n.text())).toList();
        return Reply.of("crm/show",
                "influencer", InfluencerView.of(influencer, PersonalData.forChat(context.role(), context.message().chatKind())),
                "notes", lastNotes, "noteCount", notes.size(), "reliability", reliability(influencer));
    }
}
