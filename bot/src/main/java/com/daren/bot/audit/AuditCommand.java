package com.daren.bot.audit;

import com.daren.access.Operator;
import com.daren.access.OperatorDirectory;
import com.daren.access.Role;
import com.daren.audit.AuditEntry;
import com.daren.audit.AuditLog;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Scope;
import com.daren.command.Text;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /audit [n]}: the newest audit entries (10 unless asked, at most 50). One-to-one only: entries hold the
 * commands as typed, which may carry phone numbers and WeChat ids.
 */
@Component
class AuditCommand implements CommandHandler {

    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 50;
    static final int MAX_TEXT = 80;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final Map<String, Text> OUTCOMES = Map.of(
            "ok", Text.of("成功", "ok"),
            "refused", Text.of("拒绝（权限不足）", "refused (role)"),
            "rejected", Text.of("无效输入", "rejected (bad input)"));

    private static final CommandSpec SPEC = CommandSpec.command("audit")
            .alias("审计")
            .arg(ArgSpec.positional("count", ArgType.COUNT, "条数", "count").optional())
            .role(Role.ADMIN)
            .scope(Scope.DIRECT_ONLY)
            .help("查看最近的审计记录（默认 10 条，最多 50 条；仅限私聊）",
                    "show the latest audit entries (10 by default, at most 50; one-to-one chat only)")
            .build();

    private final AuditLog audit;
    private final OperatorDirectory operators;

    AuditCommand(AuditLog audit, OperatorDirectory operators) {
        this.audit = audit;
        this.operators = operators;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        long asked = args.optionalCount("count").orElse((long) DEFAULT_COUNT);
        if (asked < 1) {
            throw new BadArgumentException(Text.of("条数至少为 1", "the count is at least 1"));
        }
        int limit = (int) Math.min(asked, MAX_COUNT);
        List<Map<String, Object>> entries = audit.recent(limit).stream().map(this::row).toList();
        return Reply.of("audit/recent", "entries", entries, "capped", asked > MAX_COUNT, "max", MAX_COUNT);
    }

    private Map<String, Object> row(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", TIME.format(e.at()));
        m.put("actor", nz(e.actor()));
        m.put("actorName", operators.find(e.actor()).map(Operator::name).filter(n -> !n.equals(e.actor())).orElse(""));
        m.put("channel", nz(e.channel()));
        m.put("command", shorten(nz(e.command())));
        Text outcome = OUTCOMES.getOrDefault(nz(e.outcome()), Text.of(nz(e.outcome()), nz(e.outcome())));
        m.put("outcome", nz(e.outcome()));
        m.put("outcomeZh", outcome.zh());
        m.put("outcomeEn", outcome.en());
        m.put("detail", shorten(nz(e.detail())));
        return m;
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) <= MAX_TEXT ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
