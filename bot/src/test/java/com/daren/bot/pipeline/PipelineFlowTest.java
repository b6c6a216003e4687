package com.daren.bot.pipeline;

import com.daren.bot.DarenIntegrationTest;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.NewInfluencer;
import com.daren.crm.PipelineStatus;
import com.daren.crm.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /pipeline through the simulator against real Redis. Other test classes share the context and add records too, so
 * counts are compared with the store rather than with fixed numbers.
 */
@DarenIntegrationTest
class PipelineFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    InfluencerStore store;

    private SimChat chat;

    @BeforeEach
    void connect() {
        chat = new SimChat(port);
    }

    @Test
    void theFunnelCountsEveryStatusAndThisMonthsMoves() {
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        long newBefore = store.movesIn(month).getOrDefault("new", 0L);
        long activeBefore = store.movesIn(month).getOrDefault("to:active", 0L);
        Influencer a = add("pipe_a");
        Influencer b = add("pipe_b");
        add("pipe_c");
        move(a, PipelineStatus.CONTACTED, PipelineStatus.NEGOTIATING, PipelineStatus.ACTIVE);
        move(b, PipelineStatus.CONTACTED, PipelineStatus.UNRESPONSIVE);

        String funnel = chat.say("viewer", "/pipeline");

        for (PipelineStatus status : PipelineStatus.values()) {
            assertThat(funnel).containsPattern(status.zh() + " " + store.countWithStatus(status) + "( ·|\\R)");
        }
        assertThat(funnel).contains("回复率（洽谈中及以后 ÷ 已联系及以后）").contains("目标 ≥ 30%")
                .contains("合作率（合作中及以后 ÷ 洽谈中及以后）").contains("目标 ≥ 50%")
                .contains("新增 " + (newBefore + 3) + "（上月 ")
                .contains("合作中 " + (activeBefore + 1) + "（上月 ")
                .contains("本月（" + month + "）对比上月（" + month.minusMonths(1) + "）");
        long contacted = Funnel.CONTACTED_OR_BEYOND.stream().mapToLong(store::countWithStatus).sum();
        long negotiating = Funnel.NEGOTIATING_OR_BEYOND.stream().mapToLong(store::countWithStatus).sum();
        assertThat(funnel).contains(negotiating + "/" + contacted + " = ");
        assertThat(funnel).containsAnyOf("✅", "⚠️");
    }

    @Test
    void theChineseAliasAndEnglishAnswerWork() {
        assertThat(chat.say("viewer", "/漏斗")).contains("达人漏斗（共 ");
        assertThat(chat.say("op_en", "/pipeline")).contains("Pipeline (").contains("Outreach→response")
                .contains("target ≥ 30%").contains("This month");
    }

    @Test
    void aGuestIsRefused() {
        assertThat(chat.say("lily_xhs", "/pipeline")).contains("抱歉").contains("/pipeline").contains("观察员");
    }

    @Test
    void extraWordsAnswerWithTheUsageLine() {
        assertThat(chat.say("viewer", "/pipeline everything")).contains("多余的内容").contains("用法：/pipeline");
    }

    private Influencer add(String handle) {
        return store.add(new NewInfluencer(handle, Platform.XIAOHONGSHU, handle, 5_000, List.of(), "op_li"));
    }

    private void move(Influencer influencer, PipelineStatus... steps) {
        for (PipelineStatus step : steps) {
            store.update(influencer.id(), "op_li", "test", i -> i.toBuilder().status(step).build());
        }
    }
}
