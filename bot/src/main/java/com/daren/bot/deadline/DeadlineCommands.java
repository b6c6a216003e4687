package com.daren.bot.deadline;

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
import com.daren.crm.InfluencerStore;
import com.daren.deadline.Deadline;
import com.daren.deadline.DeadlineService;
import com.daren.deadline.DeadlineStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@code /deadline list}, {@code /deadline done 7}, {@code /deadline cancel 7}. */
@Configuration(proxyBeanMethods = false)
class DeadlineCommands {

    @Bean
    CommandHandler deadlineList(DeadlineStore store, InfluencerStore influencers) {
        CommandSpec spec = CommandSpec.command("deadline list").alias("截止 列表")
                .role(Role.VIEWER).help("进行中的截止事项（含逾期）", "open deadlines, overdue included").build();
        return handler(spec, (context, args) -> {
            List<Map<String, Object>> rows = store.openUntil(LocalDate.of(9999, 1, 1), 50).stream().map(d -> Map.<String, Object>of(
                    "id", d.id(), "handle", influencers.get(d.influencerId()).map(i -> i.handle()).orElse("?"),
                    "due", d.due().toString(), "what", d.what())).toList();
            return Reply.of("deadline/list", "deadlines", rows);
        });
    }

    @Bean
    CommandHandler deadlineDone(DeadlineService deadlines) {
        return close("deadline done", "截止 完成", "交付完成，停止提醒", "delivered: stop the nudges", deadlines::deliver, deadlines);
    }

    @Bean
    CommandHandler deadlineCancel(DeadlineService deadlines) {
        return close("deadline cancel", "截止 取消", "取消截止，停止提醒", "cancel a deadline and its nudges", deadlines::cancel,
                deadlines);
    }

    private static CommandHandler close(String name, String alias, String zh, String en,
                                        Function<String, Optional<Deadline>> action, DeadlineService deadlines) {
        CommandSpec spec = CommandSpec.command(name).alias(alias)
                .arg(ArgSpec.positional("id", ArgType.TEXT, "编号", "id"))
                .role(Role.OPERATOR).mutating().help(zh, en).build();
        return handler(spec, (context, args) -> {
            String id = args.text("id").replaceFirst("^#", "");
            Deadline d = action.apply(id).orElseThrow(() -> new BadArgumentException(Text.of(
                    "没有进行中的截止 #" + id, "no open deadline #" + id)));
            return Reply.of("deadline/closed", "id", id, "what", d.what(), "due", d.due().toString(),
                    "delivered", d.state() == Deadline.State.DELIVERED,
                    "onTime", d.onTime(deadlines.zone())).withAudit(name + " " + id);
        });
    }

    private interface Body {
        Reply handle(CommandContext context, ParsedArgs args);
    }

    private static CommandHandler handler(CommandSpec spec, Body body) {
        return new CommandHandler() {
            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public Reply handle(CommandContext context, ParsedArgs args) {
                return body.handle(context, args);
            }
        };
    }
}
