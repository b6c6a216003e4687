package com.daren.bot.outreach;

import com.daren.access.Role;
import com.daren.bot.crm.InfluencerFields;
import com.daren.bot.crm.InfluencerLookup;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.Influencer;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.SequenceCatalog;
import com.daren.outreach.SequenceDefinition;
import com.daren.timer.DueQueue;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /seq status @a}: which sequence, which step, when the next one goes, and what happened so far. */
@Component
class SeqStatusCommand implements CommandHandler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private static final CommandSpec SPEC = CommandSpec.command("seq status")
            .alias("序列 状态", "跟进 状态")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(InfluencerFields.PLATFORM)
            .role(Role.VIEWER)
            .help("查看达人的跟进进度：当前步骤、下次发送时间、历史", "an influencer's sequence: step, next send, history")
            .build();

    private final InfluencerLookup lookup;
    private final EnrollmentStore enrollments;
    private final SequenceCatalog sequences;
    private final DueQueue queue;

    SeqStatusCommand(InfluencerLookup lookup, EnrollmentStore enrollments, SequenceCatalog sequences, DueQueue queue) {
        this.lookup = lookup;
        this.enrollments = enrollments;
        this.sequences = sequences;
        this.queue = queue;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Influencer influencer = lookup.one(args);
        var latest = enrollments.latestFor(influencer.id());
        if (latest.isEmpty()) {
            return Reply.of("seq/not-enrolled", "handle", influencer.handle());
        }
        Enrollment e = latest.get();
        SequenceDefinition seq = sequences.find(e.sequence()).orElse(null);
        int total = seq == null ? e.step() : seq.steps().size();
        String next = queue.dueAt(EnrollmentStore.QUEUE, EnrollmentStore.itemId(e.id(), e.step()))
                .map(TIME::format).orElse("");
        List<Map<String, String>> history = new ArrayList<>();
        e.steps().forEach((index, record) -> history.add(Map.of(
                "step", Integer.toString(index + 1),
                "name", seq != null && index < seq.steps().size() ? seq.steps().get(index).name() : "",
                "outcome", record.outcome().id(), "at", TIME.format(record.at()),
                "variant", record.variant() == null ? "" : record.variant(), "detail", record.detail())));
        return Reply.of("seq/status", "handle", influencer.handle(), "sequence", e.sequence(),
                "state", e.state().zh(), "stateEn", e.state().id(), "reason", e.reason(),
                "step", Math.min(e.step() + 1, total), "total", total, "finalOnly", e.step() >= total,
                "next", e.state().ended() ? "" : next, "history", history, "started", TIME.format(e.startedAt()));
    }
}
