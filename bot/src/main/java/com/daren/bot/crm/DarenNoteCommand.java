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
import com.daren.crm.Note;
import org.springframework.stereotype.Component;

/** {@code /daren note @lily 已寄样，周五前回复}: a dated note on the record. */
@Component
class DarenNoteCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("daren note")
            .alias("达人 备注")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(ArgSpec.positional("text", ArgType.TEXT, "备注内容", "note").restOfLine())
            .arg(InfluencerFields.PLATFORM)
            .role(Role.OPERATOR)
            .mutating()
            .help("给达人加备注（/daren show 显示最近 3 条）", "add a note (/daren show lists the last 3)")
            .build();

    private final InfluencerStore store;
    private final InfluencerLookup lookup;

    DarenNoteCommand(InfluencerStore store, InfluencerLookup lookup) {
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
        String text = args.text("text");
        store.addNote(target.id(), new Note(context.now(), context.actorId(), text));
        return Reply.of("crm/noted", "handle", target.handle(), "count", store.notes(target.id()).size())
                .withAudit("#" + target.id() + " note: " + text);
    }
}
