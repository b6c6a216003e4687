package com.daren.bot.crm.io;

import com.daren.access.Role;
import com.daren.bot.crm.ListFilters;
import com.daren.bot.crm.PersonalData;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import org.springframework.stereotype.Component;

/**
 * {@code /daren export tier=micro tag=美妆 sort=-score format=xlsx}: the influencers {@code /daren list} would show
 * with the same filters, as a CSV or XLSX file. Chat cannot carry the file yet, so the answer is a download link
 * that works for an hour. Phone numbers and WeChat ids are masked unless an operator asks in a 1:1 chat.
 */
@Component
class DarenExportCommand implements CommandHandler {

    static final ArgSpec FORMAT = ArgSpec.option("format", ArgType.TEXT, "格式csv或xlsx", "csv or xlsx").alias("格式");

    private static final CommandSpec SPEC;

    static {
        CommandSpec.Builder b = CommandSpec.command("daren export").alias("达人 导出");
        ListFilters.SPECS.forEach(b::arg);
        SPEC = b.arg(FORMAT)
                .role(Role.VIEWER)
                .help("按 /daren list 的筛选条件导出 CSV 或 XLSX（format=xlsx），回复下载链接（1 小时有效）",
                        "export what /daren list would show as CSV or XLSX (format=xlsx); answers with a download link (1 hour)")
                .build();
    }

    private final InfluencerExport export;
    private final ExportLinks links;
    private final IoProperties properties;

    DarenExportCommand(InfluencerExport export, ExportLinks links, IoProperties properties) {
        this.export = export;
        this.links = links;
        this.properties = properties;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        ExportFormat format = args.optionalText(FORMAT.name()).map(ExportFormat::parse).orElse(ExportFormat.CSV);
        PersonalData personal = PersonalData.forChat(context.role(), context.message().chatKind());
        InfluencerExport.ExportFile file = export.export(ListFilters.parse(args, 1, 1), personal, format,
                context.actorId(), context.message().channel().id());
        if (file.rows() == 0) {
            return Reply.of("crm/io/export-empty");
        }
        String token = links.store(file);
        return Reply.of("crm/io/exported", "rows", file.rows(), "total", file.total(), "exact", file.totalExact(), "truncated", file.truncated(),
                "format", format.name(), "url", properties.downloadUrl(token),
                "ttlMinutes", properties.exportTtl().toMinutes(), "masked", !personal.revealed());
    }
}
