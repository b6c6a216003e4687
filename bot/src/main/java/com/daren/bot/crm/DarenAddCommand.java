package com.daren.bot.crm;

import com.daren.access.Role;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.DuplicateInfluencerException;
import com.daren.crm.IdentityTakenException;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.Platform;
import org.springframework.stereotype.Component;

/** {@code /daren add @lily platform=xiaohongshu followers=12000 tags=美妆,护肤 …}: a new influencer, tier derived. */
@Component
class DarenAddCommand implements CommandHandler {

    private static final CommandSpec SPEC = specWithFields(CommandSpec.command("daren add")
            .alias("达人 添加", "达人 新增")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(InfluencerFields.PLATFORM.required())
            .arg(InfluencerFields.FOLLOWERS.required()))
            .role(Role.OPERATOR)
            .mutating()
            .help("添加达人（档位按粉丝数自动计算；其余字段同 /daren set）",
                    "add an influencer (tier follows from followers; other fields as in /daren set)")
            .build();

    private final InfluencerStore store;

    DarenAddCommand(InfluencerStore store) {
        this.store = store;
    }

    private static CommandSpec.Builder specWithFields(CommandSpec.Builder builder) {
        InfluencerFields.EDITABLE.stream()
                .filter(f -> f != InfluencerFields.PLATFORM && f != InfluencerFields.FOLLOWERS && f != InfluencerFields.HANDLE)
                .forEach(builder::arg);
        return builder;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        String handle = args.text("handle");
        Platform platform = InfluencerFields.platform(args.text("platform"));
        Influencer.Builder draft = InfluencerFields.apply(args, Influencer.builder(platform, handle).owner(context.actorId()));
        try {
            Influencer added = store.create(draft.build(), context.actorId());
            return Reply.of("crm/added", "influencer", InfluencerView.of(added))
                    .withAudit(new InfluencerStore.Change(null, added).summary());
        } catch (DuplicateInfluencerException e) {
            return Reply.of("crm/duplicate", "handle", handle, "platform", platform.id(), "id", e.existingId());
        } catch (IdentityTakenException e) {
            return Reply.of("crm/identity-taken", "id", e.otherId());
        }
    }
}
