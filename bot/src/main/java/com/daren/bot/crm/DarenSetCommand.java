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
import com.daren.crm.DuplicateInfluencerException;
import com.daren.crm.IdentityTakenException;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import org.springframework.stereotype.Component;

/**
 * {@code /daren set @lily followers=15000 er=8% phone=13812345678 wecom=wmXXXX …}: changes fields; tier follows.
 * WeChat identities (wecom=, openid=, sim=) link the record so their messages are recognised.
 */
@Component
class DarenSetCommand implements CommandHandler {

    private static final CommandSpec SPEC;

    static {
        CommandSpec.Builder b = CommandSpec.command("daren set")
                .alias("达人 修改", "达人 设置", "daren link", "达人 关联")
                .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"));
        InfluencerFields.EDITABLE.forEach(b::arg);
        SPEC = b.role(Role.OPERATOR).mutating()
                .help("修改达人资料，如 followers= er= tags= phone= owner= contract=2026-12-31 wecom=外部联系人ID",
                        "change fields, e.g. followers= er= tags= phone= owner= contract=2026-12-31 wecom=external_userid")
                .build();
    }

    private final InfluencerStore store;
    private final InfluencerLookup lookup;

    DarenSetCommand(InfluencerStore store, InfluencerLookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        if (InfluencerFields.EDITABLE.stream().noneMatch(f -> args.has(f.name()) && f != InfluencerFields.PLATFORM)) {
            throw new BadArgumentException(Text.of("没有要修改的字段", "nothing to change"));
        }
        Influencer target = lookupIgnoringPlatformChange(args);
        try {
            InfluencerStore.Change change = store.update(target.id(), context.actorId(), "set",
                    current -> InfluencerFields.apply(args, current.toBuilder()).build());
            if (!change.changed()) {
                return Reply.of("crm/unchanged", "handle", target.handle());
            }
            return Reply.of("crm/updated", "influencer", InfluencerView.of(change.after(),
                            PersonalData.forChat(context.role(), context.message().chatKind())),
                    "tierChanged", change.before().tier() != change.after().tier(),
                    "oldTier", change.before().tier().label()).withAudit(change.summary());
        } catch (DuplicateInfluencerException e) {
            return Reply.of("crm/duplicate", "handle", args.optionalText("rename").orElse(target.handle()),
                    "platform", args.optionalText("platform").orElse(target.platform().id()), "id", e.existingId());
        } catch (IdentityTakenException e) {
            return Reply.of("crm/identity-taken", "id", e.otherId());
        }
    }

    /** platform= in /daren set moves the record to another platform, so it cannot also pick among namesakes. */
    private Influencer lookupIgnoringPlatformChange(ParsedArgs args) {
        java.util.Map<String, Object> only = new java.util.HashMap<>();
        only.put("handle", args.text("handle"));
        return lookup.one(ParsedArgs.of(only));
    }
}
