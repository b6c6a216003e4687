package com.daren.bot.report;

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
import com.daren.report.ReportBuilder;
import com.daren.report.ReportPeriod;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** {@code /report daily|weekly}: the report up to now, as an answer; it does not move the scheduled report's marks. */
@Component
class ReportCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("report")
            .alias("报告")
            .arg(ArgSpec.positional("kind", ArgType.TEXT, "daily|weekly", "daily|weekly").optional())
            .role(Role.VIEWER)
            .help("日报/周报：新增达人、序列发送与回复率、合作进度", "daily/weekly report: new influencers, outreach, pipeline")
            .build();

    private final ReportBuilder builder;
    private final ReportProperties properties;

    ReportCommand(ReportBuilder builder, ReportProperties properties) {
        this.builder = builder;
        this.properties = properties;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        String kind = args.optionalText("kind").orElse("daily").toLowerCase(Locale.ROOT);
        ReportPeriod.Kind k = switch (kind) {
            case "daily", "日报", "day" -> ReportPeriod.Kind.DAILY;
            case "weekly", "周报", "week" -> ReportPeriod.Kind.WEEKLY;
            default -> throw new BadArgumentException(Text.of("应为 daily 或 weekly", "expected daily or weekly"));
        };
        ReportBuilder.Rendered report = builder.build(ReportPeriod.ending(k, context.now(), properties.zone(), false), context.lang());
        return Reply.of("report/answer", "text", report.plain());
    }
}
