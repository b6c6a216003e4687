package com.daren.bot.audit;

import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.pipeline.SimChat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** /audit through the simulator against real Redis. */
@DarenIntegrationTest
class AuditFlowTest {

    @LocalServerPort
    int port;

    private SimChat chat;

    @BeforeEach
    void connect() {
        chat = new SimChat(port);
    }

    @Test
    void anAdminSeesTheLatestChangesAndRefusalsNewestFirst() {
        chat.say("op_li", "/daren add @audit_amy platform=douyin followers=1000");
        chat.say("op_li", "/daren score @audit_amy engagement=60");
        chat.say("viewer", "/daren score @audit_amy engagement=99");

        String log = chat.say("operator", "/audit 3");

        assertThat(log).startsWith("最近 3 条审计记录（北京时间）");
        String[] lines = log.split("\\R");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).contains("viewer（只读同事）").contains("/daren score @audit_amy engagement=99")
                .contains("拒绝（权限不足）").contains("VIEWER < OPERATOR");
        assertThat(lines[2]).contains("op_li（小李）").contains("/daren score @audit_amy engagement=60").contains("成功：");
        assertThat(lines[2].substring(lines[2].indexOf("成功："))).as("the change, as detail").contains("60");
        assertThat(lines[3]).contains("/daren add @audit_amy");
        assertThat(lines[1]).containsPattern("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} ");
    }

    @Test
    void tenByDefaultAndFiftyAtMost() {
        for (int i = 0; i < 12; i++) {
            chat.say("op_li", "/daren add @audit_many" + i + " platform=weibo followers=100");
        }
        assertThat(chat.say("operator", "/审计").lines().count()).isEqualTo(11);
        assertThat(chat.say("operator", "/audit 500")).contains("最多显示 50 条");
    }

    @Test
    void onlyAdminsMayReadIt() {
        assertThat(chat.say("op_li", "/audit")).contains("抱歉").contains("管理员");
        assertThat(chat.say("lily_xhs", "/audit")).contains("抱歉");
    }

    @Test
    void itIsOneToOneOnlyBecauseEntriesHoldPersonalData() {
        assertThat(chat.say("operator", "demo-group", "/audit")).contains("只能在和我的私聊中使用");
    }

    @Test
    void aBadCountAnswersWithTheUsageLine() {
        assertThat(chat.say("operator", "/audit 0")).contains("条数至少为 1").contains("用法：/audit [<条数>]");
        assertThat(chat.say("operator", "/audit lots")).contains("条数「lots」无效").contains("Usage: /audit");
    }

    @Test
    void englishAdminsGetEnglish() {
        // op_en is an operator, not an admin: the refusal itself is in English.
        assertThat(chat.say("op_en", "/audit")).contains("Sorry, /audit needs the admin role");
    }
}
