package com.daren.bot.outreach;

import com.daren.access.Role;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Text;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.SequenceCatalog;
import com.daren.outreach.SequenceDefinition;
import com.daren.outreach.StepDefinition;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /seq stats first-contact}: enrolled, sent and replied per step and per A/B variant, reply rates,
 * unresponsive, opted out, unknown outcomes.
 */
@Component
class SeqStatsCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("seq stats")
            .alias("序列 统计", "跟进 统计")
            .arg(ArgSpec.positional("sequence", ArgType.TEXT, "序列名", "sequence"))
            .role(Role.VIEWER)
            .help("序列效果：每步发送数、回复率（含 A/B 版本）、未回复、退订", "per step and A/B variant: sent, reply rate; unresponsive, opted out")
            .build();

    private final SequenceCatalog sequences;
    private final EnrollmentStore enrollments;

    SeqStatsCommand(SequenceCatalog sequences, EnrollmentStore enrollments) {
        this.sequences = sequences;
        this.enrollments = enrollments;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        String name = args.text("sequence");
        SequenceDefinition seq = sequences.find(name).orElseThrow(() -> new BadArgumentException(Text.of(
                "没有序列「" + name + "」", "no sequence '" + name + "'")));
        Map<String, Long> s = enrollments.stats(name);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (StepDefinition step : seq.steps()) {
            long sent = s.getOrDefault("sent:" + step.index(), 0L);
            long replied = s.getOrDefault("replied:" + step.index(), 0L);
            List<Map<String, Object>> variants = new ArrayList<>();
            for (StepDefinition.Variant v : step.variants()) {
                long vs = s.getOrDefault("sent:" + step.index() + ":" + v.name(), 0L);
                long vr = s.getOrDefault("replied:" + step.index() + ":" + v.name(), 0L);
                variants.add(Map.of("name", v.name(), "sent", vs, "replied", vr, "rate", rate(vr, vs)));
            }
            steps.add(Map.of("index", step.index() + 1, "name", step.name(), "sent", sent, "replied", replied,
                    "rate", rate(replied, sent), "variants", variants, "manual", step.manual()));
        }
        long enrolled = s.getOrDefault("enrolled", 0L);
        long replied = s.entrySet().stream().filter(e -> e.getKey().matches("replied:\\d+")).mapToLong(Map.Entry::getValue).sum();
        return Reply.of("seq/stats", "sequence", name, "enrolled", enrolled, "steps", steps,
                "replied", replied, "replyRate", rate(replied, enrolled),
                "unresponsive", s.getOrDefault("unresponsive", 0L), "optedOut", s.getOrDefault("opted_out", 0L),
                "unknown", s.getOrDefault("unknown", 0L));
    }

    private static String rate(long part, long whole) {
        return whole == 0 ? "—" : Math.round(part * 1000.0 / whole) / 10.0 + "%";
    }
}
