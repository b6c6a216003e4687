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
import com.daren.crm.InfluencerStore;
import com.daren.crm.NewInfluencer;
import com.daren.crm.Platform;
import org.springframework.stereotype.Component;

/** {@code /daren add @lily platform=xiaohongshu followers=12000 tags=美妆,护肤}: a new influencer, tier derived. */
@Component
class DarenAddCommand implements CommandHandler {

    static final ArgSpec PLATFORM = ArgSpec.option("platform", ArgType.TEXT, "平台", "platform").alias("平台");

    private static final CommandSpec SPEC = CommandSpec.command("daren add")
            .alias("达人 添加", "达人 新增")
            .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
            .arg(PLATFORM.required())
            .arg(ArgSpec.option("followers", ArgType.COUNT, "粉丝数", "followers").alias("粉丝", "粉丝数").required())
            .arg(ArgSpec.option("name", ArgType.TEXT, "昵称", "name").alias("昵称", "名字"))
            .arg(ArgSpec.option("tags", ArgType.LIST, "标签", "tags").alias("标签"))
            .role(Role.OPERATOR)
            .mutating()
            .help("添加达人（档位按粉丝数自动计算）", "add an influencer (tier follows from followers)")
            .build();

    private final InfluencerStore store;

    DarenAddCommand(InfluencerStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        String handle = args.text("handle");
        Platform platform = platform(args.text("platform"));
        NewInfluencer draft = new NewInfluencer(args.optionalText("name").orElse(handle), platform, handle,
                args.count("followers"), args.list("tags"), context.actorId());
        try {
            return Reply.of("crm/added", "influencer", InfluencerView.of(store.add(draft)));
        } catch (DuplicateInfluencerException e) {
            return Reply.of("crm/duplicate", "handle", handle, "platform", platform.id(), "id", e.existingId());
        }
    }

    static Platform platform(String text) {
        return Platform.parse(text).orElseThrow(() -> new BadArgumentException(Text.of(
                "不认识的平台「" + text + "」，可选：" + Platform.choices(),
                "unknown platform '" + text + "', choose one of: " + Platform.choices())));
    }
}
