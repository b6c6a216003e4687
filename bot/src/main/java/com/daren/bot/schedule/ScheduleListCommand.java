package com.daren.bot.schedule;

import com.daren.access.Role;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.reminder.ReminderFormat;
import com.daren.scheduler.CronDispatcher;
import com.daren.scheduler.ScheduleBook;
import com.daren.scheduler.ScheduleProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /schedule list}: each cron job, when it runs next, whether it is paused, and how its last run ended. */
@Component
class ScheduleListCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("schedule list")
            .alias("定时 列表", "定时任务")
            .role(Role.VIEWER)
            .help("定时任务：下次运行、上次运行及结果、是否暂停", "cron jobs: next run, last run and outcome, paused")
            .build();

    private final CronDispatcher dispatcher;
    private final ScheduleBook book;

    ScheduleListCommand(CronDispatcher dispatcher, ScheduleBook book) {
        this.dispatcher = dispatcher;
        this.book = book;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (Map.Entry<String, ScheduleProperties.Cron> e : dispatcher.configured().entrySet()) {
            ScheduleProperties.Cron cron = e.getValue();
            String next = CronDispatcher.nextFireAfter(cron, context.now()).map(at -> shown(at, cron, context)).orElse("—");
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("name", e.getKey());
            row.put("cron", cron.cron());
            row.put("zone", cron.zone().getId());
            row.put("next", next);
            row.put("paused", book.paused(e.getKey()));
            book.lastRun(e.getKey()).ifPresent(last -> {
                row.put("lastFire", shown(last.fire(), cron, context));
                row.put("outcome", last.outcome());
                row.put("detail", last.detail());
            });
            jobs.add(row);
        }
        return Reply.of("schedule/list", "jobs", jobs);
    }

    private static String shown(Instant at, ScheduleProperties.Cron cron, CommandContext context) {
        return ReminderFormat.when(ZonedDateTime.ofInstant(at, cron.zone()), context.lang());
    }
}
