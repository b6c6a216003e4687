package com.daren.bot.reminder;

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
import com.daren.reminder.Reminder;
import com.daren.reminder.ReminderFormat;
import com.daren.reminder.ReminderService;
import com.daren.reminder.ReminderStore;
import com.daren.reminder.Repeat;
import com.daren.reminder.TimePhrase;
import com.daren.reminder.TimePhraseParser;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /remind 明天上午10点 交稿 [@someone|group]}: reads the time phrase, echoes the exact time back, and asks
 * instead of guessing when the phrase fits two times. It goes where it was set: to the group (mentioning whoever
 * set it) or to the one-to-one chat; {@code @someone} mentions them instead, {@code group} mentions nobody.
 */
@Component
class RemindCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("remind")
            .alias("提醒")
            .arg(ArgSpec.positional("what", ArgType.TEXT, "时间 内容 [@某人|group]", "when text [@someone|group]").restOfLine())
            .role(Role.GUEST)
            .mutating()
            .help("设提醒：明天上午10点、下周一、3天后、每周五17:00、2026-12-01T09:00 …", "set a reminder: tomorrow 9am, next monday, in 2 hours, every friday 17:00 …")
            .build();

    private static final Pattern TARGET = Pattern.compile("\\s+(?:@(\\S+)|(group|群|本群|全群))$");
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Text EXAMPLES = Text.of(
            "没看懂时间。可以写：明天上午10点、下午三点半、下周一、3天后、每周五17:00、月底、2026-12-01T09:00",
            "could not read a time. Try: tomorrow 9am, next monday, in 2 hours, every friday 17:00, 2026-12-01T09:00");

    private final ReminderService reminders;
    private final ReminderStore store;
    private final ReminderProperties properties;

    RemindCommand(ReminderService reminders, ReminderStore store, ReminderProperties properties) {
        this.reminders = reminders;
        this.store = store;
        this.properties = properties;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        TimePhrase phrase = TimePhraseParser.parse(args.text("what"), context.now().atZone(properties.zone()));
        if (phrase instanceof TimePhrase.Refused refused) {
            throw new BadArgumentException(refused.reason());
        }
        if (phrase instanceof TimePhrase.NotUnderstood) {
            throw new BadArgumentException(EXAMPLES);
        }
        if (phrase instanceof TimePhrase.Ambiguous ambiguous) {
            return Reply.of("reminder/ask", "options", ambiguous.options().stream().map(o -> java.util.Map.of(
                    "shown", ReminderFormat.when(o, context.lang()), "exact", EXACT.format(o))).toList(),
                    "text", ambiguous.rest());
        }
        TimePhrase.Resolved resolved = (TimePhrase.Resolved) phrase;
        Target target = target(context, resolved.rest());
        if (target.text().isBlank()) {
            throw new BadArgumentException(Text.of("请写上提醒内容", "say what to remind about"));
        }
        if (store.createdBy(context.message().channel(), context.actorId(), properties.maxActive()).size() >= properties.maxActive()) {
            throw new BadArgumentException(Text.of("进行中的提醒已有 " + properties.maxActive() + " 条，请先取消一些",
                    "you already have " + properties.maxActive() + " active reminders; cancel some first"));
        }
        Reminder r = reminders.set(new Reminder("", context.message().channel(), target.chatId(), target.recipient(),
                context.actorId(), target.text(), resolved.at().toInstant(), resolved.repeat(), properties.zone(),
                context.lang(), Reminder.State.ACTIVE, 0, 0));
        return Reply.of("reminder/set", "id", r.id(), "when", ReminderFormat.when(resolved.at(), context.lang()),
                "repeat", resolved.repeat().map(Repeat::describe).map(t -> t.in(context.lang())).orElse(""),
                "text", r.text(), "to", target.shownRecipient())
                .withAudit("reminder " + r.id() + " at " + resolved.at() + resolved.repeat().map(rep -> " " + rep.encode()).orElse(""));
    }

    /** Where it goes: the text without a trailing @someone / group, and the chat and person it is for. */
    private static Target target(CommandContext context, String rest) {
        String chat = context.message().chatId();
        Matcher m = TARGET.matcher(" " + rest.strip());
        if (!m.find()) {
            return new Target(rest.strip(), chat, context.actorId(), "");
        }
        String text = (" " + rest.strip()).substring(0, m.start()).strip();
        if (m.group(1) != null) {
            return new Target(text, chat, m.group(1), "@" + m.group(1));
        }
        if (chat == null) {
            throw new BadArgumentException(Text.of("只能在群里设群提醒", "a group reminder can only be set in a group"));
        }
        return new Target(text, chat, null, context.lang() == com.daren.command.Lang.ZH ? "全群" : "the group");
    }

    private record Target(String text, String chatId, String recipient, String shownRecipient) {
    }
}
