package com.daren.bot.deadline;

import com.daren.access.Role;
import com.daren.bot.crm.InfluencerLookup;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Text;
import com.daren.crm.Influencer;
import com.daren.crm.PipelineStatus;
import com.daren.deadline.Deadline;
import com.daren.deadline.DeadlineService;
import com.daren.deadline.Nudge;
import com.daren.reminder.ReminderFormat;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code /daren deadline @x 2026-12-01 视频交稿}: a deliverable, nudged at T-3 days, T-1 day and when overdue. */
@Component
class DarenDeadlineCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("daren deadline")
            .alias("达人 截止", "达人 交稿")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(ArgSpec.positional("due", ArgType.TEXT, "日期 2026-12-01", "date 2026-12-01"))
            .arg(ArgSpec.positional("what", ArgType.TEXT, "交付内容", "deliverable").restOfLine())
            .role(Role.OPERATOR)
            .mutating()
            .help("设交付截止：提前 3 天、1 天和逾期时提醒达人与负责人", "set a deadline: nudges at T-3, T-1 and overdue")
            .build();

    private final InfluencerLookup lookup;
    private final DeadlineService deadlines;

    DarenDeadlineCommand(InfluencerLookup lookup, DeadlineService deadlines) {
        this.lookup = lookup;
        this.deadlines = deadlines;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        LocalDate due;
        try {
            due = LocalDate.parse(args.text("due").replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new BadArgumentException(Text.of("日期应为 2026-12-01 这样的格式", "the date looks like 2026-12-01"));
        }
        LocalDate today = context.now().atZone(deadlines.zone()).toLocalDate();
        if (due.isBefore(today)) {
            throw new BadArgumentException(Text.of("日期已过：" + due + "（今天是 " + today + "）",
                    "that date has passed: " + due + " (today is " + today + ")"));
        }
        Influencer influencer = lookup.one(args);
        Deadline d = deadlines.set(influencer.id(), args.text("what"), due, context.actorId());
        String nudges = Stream.of(Nudge.values()).map(n -> n.at(due, java.time.LocalTime.MIDNIGHT, deadlines.zone()))
                .map(at -> at.atZone(deadlines.zone()).toLocalDate().toString()).collect(Collectors.joining(context.lang()
                        == com.daren.command.Lang.ZH ? "、" : ", "));
        String weekday = ReminderFormat.when(due.atStartOfDay(deadlines.zone()), context.lang()).split(" ")[1];
        return Reply.of("deadline/set", "id", d.id(), "handle", influencer.handle(), "what", d.what(),
                "due", due.toString(), "weekday", weekday, "nudges", nudges,
                "optedOut", influencer.status() == PipelineStatus.OPTED_OUT)
                .withAudit("deadline " + d.id() + " @" + influencer.handle() + " " + due + " " + d.what());
    }
}
