package com.daren.bot.crm;

import com.daren.audit.AuditEntry;
import com.daren.audit.AuditLog;
import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.SimulatorClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The influencer database as operators run it from chat, through the simulator, on real Redis. */
@DarenIntegrationTest
class InfluencerCommandsTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    SimulatorClient chat;
    String h;

    @BeforeEach
    void setUp() {
        chat = new SimulatorClient(port);
        h = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String op(String text) {
        return chat.say("operator", text);
    }

    @Test
    void changingFollowersMovesTheTierAndSaysSo() {
        op("/daren add @" + h + " platform=douyin followers=9000");
        String answer = op("/daren set @" + h + " followers=1.2w er=8%");
        assertThat(answer).contains("已更新").contains("micro → mid").contains("互动率 8%");
        assertThat(op("/daren show @" + h)).contains("档位：mid（腰部）");
    }

    @Test
    void statusFollowsThePipelineAndAForbiddenMoveListsTheAllowedOnes() {
        op("/daren add @" + h + " platform=douyin followers=9000");
        String forbidden = op("/daren status @" + h + " active");
        assertThat(forbidden).contains("不能从「待联系」直接改为「合作中」").contains("contacted");

        assertThat(op("/daren status @" + h + " contacted 发了私信")).contains("待联系 → 已联系");
        assertThat(op("/daren status @" + h + " 洽谈中")).contains("已联系 → 洽谈中");

        String history = op("/daren history @" + h);
        assertThat(history).contains("operator").contains("待联系 → 已联系（发了私信）").contains("已联系 → 洽谈中");
    }

    @Test
    void optedOutIsFinal() {
        op("/daren add @" + h + " platform=douyin followers=9000");
        op("/daren status @" + h + " opted_out 退订");
        assertThat(op("/daren status @" + h + " prospect")).contains("终态");
    }

    @Test
    void tagsAreAddedAndRemoved() {
        op("/daren add @" + h + " platform=weibo followers=500 tags=美妆");
        assertThat(op("/daren tag @" + h + " 护肤 旅行 -美妆")).contains("护肤、旅行").doesNotContain("美妆");
    }

    @Test
    void notesShowOnTheCard() {
        op("/daren add @" + h + " platform=weibo followers=500");
        op("/daren note @" + h + " 已寄样，周五前回复");
        assertThat(op("/daren show @" + h)).contains("已寄样，周五前回复").contains("operator");
    }

    @Test
    void listFiltersSortsAndPages() {
        String tag = "tag" + h;
        for (int i = 1; i <= 12; i++) {
            op("/daren add @" + h + "_" + i + " platform=xiaohongshu followers=" + (1000 + i * 100) + " tags=" + tag);
        }
        op("/daren add @" + h + "_big platform=xiaohongshu followers=200000 tags=" + tag);
        String firstPage = op("/daren list tag=" + tag + " tier=micro sort=-followers");
        assertThat(firstPage).contains("达人 12 位（第 1/2 页）").contains("@" + h + "_12").doesNotContain("_big");
        assertThat(firstPage.indexOf("@" + h + "_12 ")).isLessThan(firstPage.indexOf("@" + h + "_11 "));
        assertThat(firstPage).contains("page=2");

        String secondPage = op("/daren list tag=" + tag + " tier=micro sort=-followers page=2");
        assertThat(secondPage).contains("第 2/2 页").contains("@" + h + "_1 ").contains("@" + h + "_2 ");

        assertThat(op("/daren list tag=" + tag + " tier=头部")).contains("达人 1 位").contains("_big");
        assertThat(op("/daren list tag=" + tag + " followers=1500-1700")).contains("达人 3 位");
        assertThat(op("/daren count tag=" + tag + " followers=1500-1700")).isEqualTo("符合条件的达人共 3 位。");
        assertThat(op("/daren count tier=huge")).contains("档位「huge」无效").contains("用法：/daren count");
    }

    @Test
    void aBadFilterAnswersWithTheUsageLine() {
        assertThat(op("/daren list tier=huge")).contains("档位「huge」无效").contains("用法：/daren list");
    }

    @Test
    void archivedInfluencersLeaveListsButCanBeRestored() {
        String tag = "arch" + h;
        op("/daren add @" + h + " platform=bilibili followers=3000 tags=" + tag);
        op("/daren archive @" + h);
        assertThat(op("/daren list tag=" + tag)).contains("没有符合条件的达人");
        assertThat(op("/daren show @" + h)).contains("已归档");
        op("/daren restore @" + h);
        assertThat(op("/daren list tag=" + tag)).contains("达人 1 位");
    }

    @Test
    void findMatchesHandleAndTheStartOfTheName() {
        op("/daren add @" + h + " platform=bilibili followers=3000 name=Zzyzx" + h);
        assertThat(op("/daren find " + h)).contains("@" + h);
        assertThat(op("/daren find zzyzx" + h.substring(0, 3))).contains("@" + h);
    }

    @Test
    void phoneIsWholeForOperatorsInPrivateAndMaskedForViewersAndInGroups() {
        op("/daren add @" + h + " platform=douyin followers=9000 phone=13812345678 wechat=lily_wx");
        assertThat(op("/daren show @" + h)).contains("13812345678").contains("lily_wx");
        assertThat(chat.say("viewer", "/daren show @" + h)).contains("138****5678").doesNotContain("13812345678")
                .contains("li***x");
        assertThat(chat.say("operator", "demo-group", "/daren show @" + h)).contains("138****5678");
    }

    @Test
    void aLinkedIdentityIsRecognisedWhenThatPersonWrites() {
        String simId = "inf_" + h;
        op("/daren add @" + h + " platform=xiaohongshu followers=9000 name=Lily");
        op("/daren set @" + h + " sim=" + simId);
        assertThat(chat.say(simId, "/whoami")).contains("已识别为达人：Lily @" + h);
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        op("/daren add @" + h + " platform=douyin followers=9000");
        op("/daren set @" + h + " followers=20000");
        List<AuditEntry> recent = audit.recent(5);
        assertThat(recent).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("operator");
            assertThat(e.command()).contains("/daren set @" + h);
            assertThat(e.detail()).contains("followers: 9000 → 20000");
        });
    }

    @Test
    void aViewerCannotChangeRecords() {
        op("/daren add @" + h + " platform=douyin followers=9000");
        assertThat(chat.say("viewer", "/daren set @" + h + " followers=1")).contains("抱歉");
        assertThat(op("/daren show @" + h)).contains("9,000");
    }
}
