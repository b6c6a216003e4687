package com.daren.bot.community;

import com.daren.access.Role;
import com.daren.bot.community.wecom.WeComGroupSync;
import com.daren.command.CommandContext;
import com.daren.command.CommandFailure;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import me.chanjar.weixin.common.error.WxErrorException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@code /group sync}: discovers the WeCom customer groups the app can see and binds or refreshes them. */
@Component
class GroupSyncCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("group sync").alias("群 同步")
            .role(Role.OPERATOR)
            .mutating()
            .help("同步企业微信客户群（新群自动绑定，成员更新）", "sync WeCom customer groups (new ones are bound, members refreshed)")
            .build();

    private final ObjectProvider<WeComGroupSync> sync;

    GroupSyncCommand(ObjectProvider<WeComGroupSync> sync) {
        this.sync = sync;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        WeComGroupSync s = sync.getIfAvailable();
        if (s == null) {
            throw new CommandFailure(Reply.of("community/sync-off"));
        }
        try {
            WeComGroupSync.Discovery d = s.discover();
            return Reply.of("community/synced", "seen", d.seen(), "added", d.added(), "updated", d.updated())
                    .withAudit("customer groups: " + d.seen() + " seen, " + d.added() + " added");
        } catch (WxErrorException e) {
            throw new CommandFailure(Reply.of("community/sync-failed", "error", e.getError().getErrorCode() + " "
                    + e.getError().getErrorMsg()));
        }
    }
}
