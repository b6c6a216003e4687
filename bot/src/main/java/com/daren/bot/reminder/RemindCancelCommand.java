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
import com.daren.reminder.ReminderService;
import com.daren.reminder.ReminderStore;
import org.springframework.stereotype.Component;

/** {@code /remind cancel 12}: whoever set it may cancel it; an operator may cancel any. */
@Component
class RemindCancelCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("remind cancel")
            .alias("提醒 取消")
            .arg(ArgSpec.positional("id", ArgType.TEXT, "编号", "id"))
            .role(Role.GUEST)
            .mutating()
            .help("取消一条提醒", "cancel a reminder")
            .build();

    private final ReminderService reminders;
    private final ReminderStore store;

    RemindCancelCommand(ReminderService reminders, ReminderStore store) {
        this.reminders = reminders;
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        String id = args.text("id").replaceFirst("^#", "");
        Reminder r = store.get(id).filter(Reminder::active).orElseThrow(() -> new BadArgumentException(Text.of(
                "没有进行中的提醒 #" + id, "no active reminder #" + id)));
        if (!r.createdBy().equals(context.actorId()) && !context.role().atLeast(Role.OPERATOR)) {
            throw new BadArgumentException(Text.of("只有设提醒的人或运营可以取消 #" + id,
                    "only whoever set #" + id + " or an operator can cancel it"));
        }
        reminders.cancel(id).orElseThrow(() -> new BadArgumentException(Text.of("提醒 #" + id + " 刚刚已结束",
                "reminder #" + id + " has just ended")));
        return Reply.of("reminder/cancelled", "id", id, "text", r.text()).withAudit("reminder " + id + " cancelled");
    }
}
