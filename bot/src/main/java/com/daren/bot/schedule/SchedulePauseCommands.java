package com.daren.bot.schedule;

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
import com.daren.scheduler.CronDispatcher;
import com.daren.scheduler.ScheduleBook;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /schedule pause daily-report} and {@code /schedule resume daily-report} (admins): the mark is in Redis, so
 * every instance skips the job's firings while it is paused (each skip shows in /schedule list).
 */
@Configuration(proxyBeanMethods = false)
class SchedulePauseCommands {

    @Bean
    CommandHandler schedulePause(CronDispatcher dispatcher, ScheduleBook book) {
        return command("schedule pause", "定时 暂停", "暂停一个定时任务", "pause a cron job", true, dispatcher, book);
    }

    @Bean
    CommandHandler scheduleResume(CronDispatcher dispatcher, ScheduleBook book) {
        return command("schedule resume", "定时 恢复", "恢复一个定时任务", "resume a cron job", false, dispatcher, book);
    }

    private static CommandHandler command(String name, String alias, String zh, String en, boolean pause,
                                          CronDispatcher dispatcher, ScheduleBook book) {
        CommandSpec spec = CommandSpec.command(name).alias(alias)
                .arg(ArgSpec.positional("job", ArgType.TEXT, "任务名", "job"))
                .role(Role.ADMIN).mutating().help(zh, en).build();
        return new CommandHandler() {
            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public Reply handle(CommandContext context, ParsedArgs args) {
                String job = args.text("job");
                if (!dispatcher.configured().containsKey(job)) {
                    throw new BadArgumentException(Text.of("没有定时任务「" + job + "」，见 /schedule list",
                            "no cron job '" + job + "'; see /schedule list"));
                }
                if (pause) {
                    book.pause(job);
                } else {
                    book.resume(job);
                }
                return Reply.of("schedule/" + (pause ? "paused" : "resumed"), "job", job).withAudit(name + " " + job);
            }
        };
    }
}
