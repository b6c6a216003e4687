package com.daren.bot.outreach;

import com.daren.access.Role;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.SequenceCatalog;
import com.daren.outreach.SequenceDefinition;
import com.daren.outreach.StepDefinition;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /seq list}: the sequences from config/sequences/, their steps, and how many were ever enrolled. */
@Component
class SeqListCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("seq list")
            .alias("序列 列表", "跟进 列表")
            .role(Role.VIEWER)
            .help("列出可用的跟进序列", "list the outreach sequences")
            .build();

    private final SequenceCatalog sequences;
    private final EnrollmentStore enrollments;

    SeqListCommand(SequenceCatalog sequences, EnrollmentStore enrollments) {
        this.sequences = sequences;
        this.enrollments = enrollments;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        var list = sequences.all().stream().map(s -> Map.of(
                "name", s.name(), "description", s.description() == null ? "" : s.description(),
                "steps", s.steps().stream().map(SeqListCommand::describe).collect(Collectors.joining(" → ")),
                "enrolled", enrollments.stats(s.name()).getOrDefault("enrolled", 0L))).toList();
        return Reply.of("seq/list", "sequences", list, "running", enrollments.running());
    }

    private static String describe(StepDefinition step) {
        String when = step.businessDays() != null ? "+" + step.businessDays() + "bd" : "+" + compact(step.delay());
        return step.name() + "(" + when + (step.manual() ? ", manual" : "") + ")";
    }

    private static String compact(Duration d) {
        if (d.isZero()) {
            return "0";
        }
        if (d.toDaysPart() > 0 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
            return d.toDays() + "d";
        }
        return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
