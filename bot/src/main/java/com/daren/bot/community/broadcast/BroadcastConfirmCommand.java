package com.daren.bot.community.broadcast;

import com.daren.access.Role;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandFailure;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.timer.DueQueue;
import org.springframework.stereotype.Component;

/** {@code /broadcast confirm <id>} ({@code /广播 确认 <编号>}): sends a previewed broadcast, from the durable timer. */
@Component
class BroadcastConfirmCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("broadcast confirm").alias("广播 确认")
            .arg(ArgSpec.positional("id", ArgType.TEXT, "编号", "id"))
            .role(Role.OPERATOR)
            .mutating()
            .help("确认发送预览过的广播", "send a previewed broadcast")
            .build();

    private final BroadcastStore store;
    private final DueQueue queue;

    BroadcastConfirmCommand(BroadcastStore store, DueQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        String id = args.text("id").replace("#", "");
        Broadcast b = store.get(id).orElseThrow(() -> new CommandFailure(Reply.of("community/broadcast-not-found", "id", id)));
        if (!store.confirm(b)) {
            throw new CommandFailure(Reply.of("community/broadcast-confirmed-already", "id", id));
        }
        queue.schedule(BroadcastSender.QUEUE, id, context.now());
        return Reply.of("community/broadcast-confirmed", "id", id, "count", b.groupIds().size())
                .withAudit("broadcast #" + id + " to " + b.target() + " (" + b.groupIds().size() + " groups)");
    }
}
