package com.daren.command;

import com.daren.access.Operator;
import com.daren.access.OperatorDirectory;
import com.daren.access.Role;
import com.daren.audit.AuditEntry;
import com.daren.audit.AuditLog;
import com.daren.channel.Channel;
import com.daren.channel.InboundMessage;
import com.daren.template.MessageTemplates;
import com.daren.testing.EmbeddedRedisExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The rejection grid, tested once, at the dispatcher. */
@ExtendWith(EmbeddedRedisExtension.class)
class CommandDispatcherTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final MessageTemplates TEMPLATES = MessageTemplates.fromStrings(Map.ofEntries(
            entry("command/syntax.ftl", "命令格式有误：${problem}"),
            entry("command/syntax_en.ftl", "Cannot read the command: ${problem}"),
            entry("command/unknown.ftl",
                    "没有 /${typed} 这个命令<#if suggestions?has_content>，你是不是想用 <#list suggestions as s>/${s}<#sep>、</#list></#if>"),
            entry("command/unknown_en.ftl",
                    "There is no /${typed}<#if suggestions?has_content>; did you mean <#list suggestions as s>/${s}<#sep>, </#list></#if>"),
            entry("command/forbidden.ftl", "/${command} 需要${needed}权限，你是${role}"),
            entry("command/forbidden_en.ftl", "/${command} needs ${needed}; you are ${role}"),
            entry("command/wrong-scope.ftl", "/${command} 不能在这里用（${scope}）"),
            entry("command/wrong-scope_en.ftl", "/${command} cannot be used here (${scope})"),
            entry("command/usage.ftl", "${problem}。用法：${usage}"),
            entry("command/usage_en.ftl", "${problem}. Usage: ${usage}"),
            entry("command/failed.ftl", "/${command} 执行失败，错误编号 ${errorId}"),
            entry("command/failed_en.ftl", "/${command} failed, error id ${errorId}"),
            entry("test/added.ftl", "已添加 ${handle}（粉丝 ${followers}）"),
            entry("test/added_en.ftl", "Added ${handle} (${followers} followers)"),
            entry("test/shown.ftl", "${handle} 的资料"),
            entry("test/not-found.ftl", "找不到 ${handle}"),
            entry("test/help.ftl", "可用命令")));

    private static final OperatorDirectory OPERATORS = senderId -> Optional.ofNullable(Map.of(
            "op-zh", new Operator("op-zh", "小王", Role.OPERATOR, Lang.ZH),
            "op-en", new Operator("op-en", "Anna", Role.OPERATOR, Lang.EN),
            "viewer", new Operator("viewer", "小李", Role.VIEWER, Lang.ZH)).get(senderId));

    private final AtomicInteger handled = new AtomicInteger();

    /** {@code /daren add <handle> followers=<n>}: operators only, changes state. */
    private final CommandHandler add = new CommandHandler() {
        @Override
        public CommandSpec spec() {
            return CommandSpec.command("daren add").alias("达人 添加")
                    .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
                    .arg(ArgSpec.option("followers", ArgType.COUNT, "粉丝数", "followers").alias("粉丝").required())
                    .role(Role.OPERATOR).mutating().build();
        }

        @Override
        public Reply handle(CommandContext context, ParsedArgs args) {
            handled.incrementAndGet();
            return Reply.of("test/added", "handle", args.text("handle"), "followers", args.count("followers"));
        }
    };

    /** {@code /daren show <handle>}: viewers, one-to-one only; "ghost", "boom" and "broken" go wrong on purpose. */
    private final CommandHandler show = new CommandHandler() {
        @Override
        public CommandSpec spec() {
            return CommandSpec.command("daren show")
                    .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"))
                    .role(Role.VIEWER).scope(Scope.DIRECT_ONLY).build();
        }

        @Override
        public Reply handle(CommandContext context, ParsedArgs args) {
            handled.incrementAndGet();
            return switch (args.text("handle")) {
                case "ghost" -> throw new CommandFailure(Reply.of("test/not-found", "handle", "ghost"));
                case "boom" -> throw new IllegalStateException("database on fire");
                case "broken" -> Reply.of("test/no-such-template");
                default -> Reply.of("test/shown", "handle", args.text("handle"));
            };
        }
    };

    private final CommandHandler help = new CommandHandler() {
        @Override
        public CommandSpec spec() {
            return CommandSpec.command("help").alias("帮助").role(Role.GUEST).build();
        }

        @Override
        public Reply handle(CommandContext context, ParsedArgs args) {
            handled.incrementAndGet();
            return Reply.of("test/help");
        }
    };

    private AuditLog audit;
    private CommandDispatcher dispatcher;

    @BeforeEach
    void setUp(StringRedisTemplate redis) {
        audit = new AuditLog(redis);
        dispatcher = new CommandDispatcher(new CommandRegistry(List.of(add, show, help)), OPERATORS, audit,
                TEMPLATES, CLOCK);
    }

    private static InboundMessage direct(String sender, String text) {
        return InboundMessage.text(Channel.SIM, "m-" + text.hashCode(), sender, null, text, NOW);
    }

    private static InboundMessage inGroup(String sender, String text) {
        return InboundMessage.text(Channel.SIM, "m-" + text.hashCode(), sender, "group-1", text, NOW);
    }

    private String answer(InboundMessage message) {
        return dispatcher.dispatch(message).orElseThrow();
    }

    @Test
    void textThatIsNotACommandGetsNoAnswer() {
        assertThat(dispatcher.dispatch(direct("op-zh", "hello, anyone there?"))).isEmpty();
        assertThat(dispatcher.dispatch(direct("op-zh", ""))).isEmpty();
        assertThat(handled).hasValue(0);
    }

    @Test
    void brokenSyntaxIsExplained() {
        assertThat(answer(direct("op-zh", "/daren add \"lily")))
                .isEqualTo("命令格式有误：引号没有闭合\nCannot read the command: a quote is not closed");
    }

    @Test
    void unknownCommandSuggestsWhatTheUserProbablyMeant() {
        assertThat(answer(direct("op-zh", "/hlep")))
                .isEqualTo("没有 /hlep 这个命令，你是不是想用 /help\nThere is no /hlep; did you mean /help");
    }

    @Test
    void guestAskingForAnOperatorCommandIsRefusedAndTheAttemptAudited() {
        String text = "/daren add lily followers=1000";

        assertThat(answer(direct("stranger", text))).isEqualTo("/daren add 需要运营权限，你是访客");

        assertThat(handled).hasValue(0);
        assertThat(audit.recent(10)).containsExactly(
                new AuditEntry(NOW, "stranger", "sim", text, "refused", "role GUEST < OPERATOR"));
    }

    @Test
    void viewerAskingForAnOperatorCommandIsRefusedInTheirLanguage() {
        assertThat(answer(direct("viewer", "/达人 添加 lily 粉丝=1000"))).isEqualTo("/daren add 需要运营权限，你是观察员");
        assertThat(audit.recent(10)).extracting(AuditEntry::outcome).containsExactly("refused");
    }

    @Test
    void directOnlyCommandInAGroupIsRefused() {
        assertThat(answer(inGroup("op-zh", "@Daren /daren show lily")))
                .isEqualTo("/daren show 不能在这里用（DIRECT_ONLY）\n/daren show cannot be used here (DIRECT_ONLY)");
        assertThat(handled).hasValue(0);
    }

    @Test
    void missingRequiredArgumentIsAnsweredWithTheUsageLine() {
        assertThat(answer(direct("op-zh", "/daren add lily"))).isEqualTo("""
                缺少粉丝数。用法：/daren add <账号> followers=<粉丝数>
                missing followers. Usage: /daren add <handle> followers=<followers>""");
        assertThat(handled).hasValue(0);
    }

    @Test
    void badValueIsAnsweredWithTheProblemAndTheUsageLine() {
        String answer = answer(direct("op-zh", "/daren add lily followers=lots"));

        assertThat(answer.lines()).hasSize(2);
        assertThat(answer.lines().findFirst().orElseThrow())
                .startsWith("粉丝数「lots」无效：")
                .endsWith("用法：/daren add <账号> followers=<粉丝数>");
        assertThat(handled).hasValue(0);
    }

    @Test
    void messageWithoutChineseGetsTheChineseLinePlusAnEnglishLine() {
        List<String> lines = answer(direct("op-zh", "/daren add lily followers=lots")).lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(Lang.containsCjk(lines.get(0))).isTrue();
        assertThat(lines.get(1)).startsWith("followers 'lots' is invalid: ").contains("Usage: /daren add <handle>");
    }

    @Test
    void messageWithChineseGetsOnlyTheChineseLine() {
        assertThat(answer(direct("op-en", "/达人 添加 lily 粉丝=很多")))
                .doesNotContain("\n")
                .startsWith("粉丝数「很多」无效：")
                .endsWith("用法：/daren add <账号> followers=<粉丝数>");
    }

    @Test
    void handlerThatThrowsIsAnsweredAsFailedWithAnErrorIdAndNothingEscapes() {
        assertThatCode(() -> dispatcher.dispatch(direct("op-zh", "/daren show boom"))).doesNotThrowAnyException();

        assertThat(answer(direct("op-zh", "/daren show boom"))).matches("/daren show 执行失败，错误编号 [0-9a-f]{8}");
    }

    @Test
    void replyThatCannotBeRenderedIsAnsweredAsFailedAndNothingEscapes() {
        assertThatCode(() -> dispatcher.dispatch(direct("op-zh", "/daren show broken"))).doesNotThrowAnyException();

        assertThat(answer(direct("op-zh", "/daren show broken"))).matches("/daren show 执行失败，错误编号 [0-9a-f]{8}");
    }

    @Test
    void commandFailureIsAnsweredWithItsOwnReply() {
        assertThat(answer(direct("op-zh", "/daren show ghost"))).isEqualTo("找不到 ghost");
    }

    @Test
    void successfulMutatingCommandIsAnsweredAndAuditedOk() {
        String text = "/daren add @lily followers=1.2w";

        assertThat(answer(direct("op-zh", text))).isEqualTo("已添加 lily（粉丝 12000）");
        assertThat(audit.recent(10)).containsExactly(new AuditEntry(NOW, "op-zh", "sim", text, "ok", ""));
    }

    @Test
    void readOnlyCommandIsNotAudited() {
        assertThat(answer(direct("viewer", "/daren show lily"))).isEqualTo("lily 的资料");
        assertThat(audit.recent(10)).isEmpty();
    }

    @Test
    void operatorWhoPrefersEnglishGetsTheEnglishReply() {
        assertThat(answer(direct("op-en", "/daren add lily followers=12k"))).isEqualTo("Added lily (12000 followers)");
    }

    @Test
    void guestMayUseAGuestCommandAnywhere() {
        assertThat(answer(inGroup("stranger", "@Daren /帮助"))).isEqualTo("可用命令");
    }
}
