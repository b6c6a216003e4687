package com.daren.bot.community.moderation;

import com.daren.access.Role;
import com.daren.bot.community.GroupRefs;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.community.Group;
import com.daren.community.moderation.ModerationLedger;
import com.daren.community.moderation.ModerationRecord;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** {@code /group violations [@成员] [group=<群>]}: the group's latest moderation actions, newest first. */
@Component
class ViolationsCommand implements CommandHandler {

    static final int SHOWN = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private static final CommandSpec SPEC = CommandSpec.command("group violations")
            .alias("群 违规")
            .arg(ArgSpec.positional("member", ArgType.HANDLE, "@成员", "@member").optional())
            .arg(GroupRefs.GROUP)
            .role(Role.VIEWER)
            .help("违规记录：/group violations [@成员]（最近 20 条）", "moderation log: /group violations [@member] (latest 20)")
            .build();

    private final ModerationLedger ledger;
    private final GroupRefs refs;

    ViolationsCommand(ModerationLedger ledger, GroupRefs refs) {
        this.ledger = ledger;
        this.refs = refs;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Group group = refs.target(context, args);
        String member = args.optionalText("member").orElse(null);
        List<ModerationRecord> records = ledger.recent(group.id(), member, SHOWN);
        ZoneId zone = group.zone();
        List<Map<String, Object>> lines = records.stream().map(r -> Map.<String, Object>of(
                "at", WHEN.format(r.at().atZone(zone)), "member", r.member(), "kindZh", r.kind().zh(),
                "kindEn", r.kind().en(), "rule", r.rule(), "strikes", r.strikes(), "action", r.action().name(),
                "excerpt", r.excerpt())).toList();
        return Reply.of("community/mod/violations", "group", group.name(), "member", member == null ? "" : member,
                "lines", lines);
    }
}
