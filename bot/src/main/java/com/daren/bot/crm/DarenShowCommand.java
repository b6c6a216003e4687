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
import com.daren.crm.Platform;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code /daren show @lily [platform=douyin]}: one influencer's card. */
@Component
class DarenShowCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("daren show")
            .alias("达人 查看", "达人 详情")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(DarenAddCommand.PLATFORM)
            .role(Role.VIEWER)
            .help("查看达人资料", "show an influencer's record")
            .build();

    private final InfluencerStore store;

    DarenShowCommand(InfluencerStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        String handle = args.text("handle");
        List<Influencer> found = store.findByHandle(handle);
        if (args.has("platform")) {
            Platform platform = DarenAddCommand.platform(args.text("platform"));
            found = found.stream().filter(i -> i.platform() == platform).toList();
        }
        if (found.isEmpty()) {
            return Reply.of("crm/not-found", "handle", handle);
        }
        if (found.size() > 1) {
            return Reply.of("crm/ambiguous", "handle", handle,
                    "platforms", found.stream().map(i -> i.platform().id()).toList());
        }
        return Reply.of("crm/show", "influencer", InfluencerView.of(found.get(0)));
    }
}
