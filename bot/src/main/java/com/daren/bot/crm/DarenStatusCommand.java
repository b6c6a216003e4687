package com.daren.bot.crm;

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
import com.daren.crm.IllegalTransitionException;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.PipelineStatus;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code /daren status @lily negotiating 已回复报价}: moves along the pipeline; a forbidden move lists the allowed ones. */
@Component
class DarenStatusCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("daren status")
            .alias("达人 状态")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(ArgSpec.positional("status", ArgType.TEXT, "新状态", "new status"))
            .arg(ArgSpec.positional("reason", ArgType.TEXT, "原因", "reason").optional().restOfLine())
            .arg(InfluencerFields.PLATFORM)
            .role(Role.OPERATOR)
            .mutating()
            .help("改变合作状态：prospect→contacted→negotiating→active→paused→inactive，另有 unresponsive、opted_out",
                    "move along the pipeline: prospect→contacted→negotiating→active→paused→inactive, plus unresponsive, opted_out")
            .build();

    private final InfluencerStore store;
    private final InfluencerLookup lookup;

    DarenStatusCommand(InfluencerStore store, InfluencerLookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Influencer target = lookup.one(args);
        String typed = args.text("status");
        PipelineStatus next = PipelineStatus.parse(typed).orElseThrow(() -> new BadArgumentException(Text.of(
                "状态「" + typed + "」无效，可选：" + PipelineStatus.choices(),
                "unknown status '" + typed + "': " + PipelineStatus.choices())));
        if (next == target.status()) {
            return Reply.of("crm/status-same", "handle", target.handle(), "status", next.id(), "statusZh", next.zh());
        }
        try {
            InfluencerStore.Change change = store.update(target.id(), context.actorId(),
                    args.optionalText("reason").orElse(""), current -> current.toBuilder().status(next).build());
            return Reply.of("crm/status-changed", "handle", target.handle(),
                    "from", change.before().status().id(), "fromZh", change.before().status().zh(),
                    "to", next.id(), "toZh", next.zh()).withAudit(change.summary());
        } catch (IllegalTransitionException e) {
            List<String> allowed = e.allowed().stream().map(PipelineStatus::id).toList();
            List<String> allowedZh = e.allowed().stream().map(PipelineStatus::zh).toList();
            return Reply.of("crm/status-forbidden", "handle", target.handle(),
                    "from", e.from().id(), "fromZh", e.from().zh(), "to", e.to().id(), "toZh", e.to().zh(),
                    "allowed", allowed, "allowedZh", allowedZh);
        }
    }
}
