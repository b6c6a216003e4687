package com.daren.bot.crm;

import com.daren.access.Role;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import org.springframework.stereotype.Component;

/**
 * {@code /daren archive @lily}: takes the record out of every list and count (history kept; still found by handle,
 * and import does not create it again). {@code /daren restore @lily} brings it back.
 */
@Component
class DarenArchiveCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("daren archive")
            .alias("达人 归档")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(InfluencerFields.PLATFORM)
            .role(Role.OPERATOR)
            .mutating()
            .help("归档达人（不再出现在列表和统计中，记录保留）", "archive: out of lists and counts, record kept")
            .build();

    private final InfluencerStore store;
    private final InfluencerLookup lookup;

    DarenArchiveCommand(InfluencerStore store, InfluencerLookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        return ArchiveToggle.set(store, lookup.one(args), context.actorId(), true);
    }

    /** Shared by archive and restore. */
    static final class ArchiveToggle {

        private ArchiveToggle() {
        }

        static Reply set(InfluencerStore store, Influencer target, String actor, boolean archived) {
            if (target.archived() == archived) {
                return Reply.of(archived ? "crm/archived-already" : "crm/restored-already", "handle", target.handle());
            }
            InfluencerStore.Change change = store.update(target.id(), actor, archived ? "archive" : "restore",
                    current -> current.toBuilder().archived(archived).build());
            return Reply.of(archived ? "crm/archived" : "crm/restored", "handle", target.handle())
                    .withAudit(change.summary());
        }
    }
}
