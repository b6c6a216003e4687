package com.daren.bot.crm;

import com.daren.access.Role;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.InfluencerStore;
import org.springframework.stereotype.Component;

/** {@code /daren restore @lily}: an archived record back in lists and counts. */
@Component
class DarenRestoreCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("daren restore")
            .alias("达人 恢复")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(InfluencerFields.PLATFORM)
            .role(Role.OPERATOR)
            .mutating()
            .help("恢复已归档的达人", "bring an archived influencer back")
            .build();

    private final InfluencerStore store;
    private final InfluencerLookup lookup;

    DarenRestoreCommand(InfluencerStore store, InfluencerLookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        return DarenArchiveCommand.ArchiveToggle.set(store, lookup.one(args), context.actorId(), false);
    }
}
