package com.daren.bot.reminder;

import com.daren.access.Role;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.reminder.Reminder;
import com.daren.reminder.ReminderFormat;
import com.daren.reminder.ReminderStore;
import com.daren.reminder.Repeat;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /remind list}: your active reminders, and in a group the group's too, soonest first. */
@Component
class RemindListCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("remind list")
            .alias("提醒 列表", "提醒 查看")
            .role(Role.GUEST)
            .help("查看进行中的提醒", "list active reminders")
            .build();
    private static final int SHOWN = 30;

    private final ReminderStore store;

    RemindListCommand(ReminderStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Map<String, Reminder> found = new LinkedHashMap<>();
        store.createdBy(context.message().channel(), context.actorId(), SHOWN).forEach(r -> found.put(r.id(), r));
        if (context.message().chatId() != null) {
            store.ofGroup(Reminder.groupKey(context.message().channel(), context.message().chatId()), SHOWN)
                    .forEach(r -> found.putIfAbsent(r.id(), r));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        found.values().stream().sorted(java.util.Comparator.comparing(Reminder::next)).limit(SHOWN).forEach(r -> rows.add(Map.of(
                "id", r.id(), "when", ReminderFormat.when(r.next().atZone(r.zone()), context.lang()),
                "repeat", r.repeat().map(Repeat::describe).map(t -> t.in(context.lang())).orElse(""),
                "text", r.text(), "by", r.createdBy())));
        return Reply.of("reminder/list", "reminders", rows);
    }
}
