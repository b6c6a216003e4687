package com.daren.bot.roi;

import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.pipeline.SimChat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** /roi and /budget through the simulator against real Redis. */
@DarenIntegrationTest
class RoiFlowTest {

    @LocalServerPort
    int port;

    private SimChat chat;

    @BeforeEach
    void connect() {
        chat = new SimChat(port);
    }

    @Test
    void theWhatIfEstimateMatchesTheProductBrief() {
        String answer = chat.say("viewer", "/roi followers=50000 er=8% cost=2000 aov=150");
        assertThat(answer).contains("投产估算（假设）").contains("粉丝 50,000 × 触达率 30% = 触达 15,000")
                .contains("× 互动率 8% = 互动 1,200").contains("点击 120").contains("成交 6 单").contains("收入 ¥900")
                .contains("ROAS = 收入 ÷ 成本 ¥2,000 = 0.45").contains("回本约需成交 14 单");
    }

    @Test
    void anInfluencersOwnFollowersAndErAreUsed() {
        chat.say("op_li", "/daren add @roi_lily platform=xiaohongshu followers=5w");
        String missing = chat.say("viewer", "/roi @roi_lily cost=2000 aov=150");
        assertThat(missing).contains("@roi_lily 还没有互动率").contains("er=");
        String withEr = chat.say("viewer", "/投产 roi_lily 成本=2000 客单价=150 互动率=8%");
        assertThat(withEr).contains("roi_lily（@roi_lily，小红书）投产估算").contains("互动率 8%（按你给的）")
                .contains("= 0.45");
    }

    @Test
    void englishOperatorsGetEnglish() {
        assertThat(chat.say("op_en", "/roi followers=50000 er=0.08 cost=2k aov=150"))
                .contains("ROI estimate (what-if)").contains("= 0.45").contains("14 sales needed to break even");
    }

    @Test
    void withoutAHandleFollowersAndErAreNeeded() {
        assertThat(chat.say("viewer", "/roi cost=2000 aov=150")).contains("不写账号时需要 followers= 和 er=")
                .contains("用法：/roi [<账号>]");
        assertThat(chat.say("viewer", "/roi followers=50000 er=8%")).contains("缺少成本").contains("用法：");
        assertThat(chat.say("viewer", "/roi followers=50000 er=8% cost=free aov=150")).contains("成本「free」")
                .contains("用法：");
        assertThat(chat.say("viewer", "/roi @roi_ghost cost=2000 aov=150")).contains("没有找到达人 @roi_ghost");
    }

    @Test
    void aGuestIsRefused() {
        assertThat(chat.say("lily_xhs", "/roi followers=50000 er=8% cost=2000 aov=150")).contains("抱歉");
        assertThat(chat.say("lily_xhs", "/budget 30000 stage=maturity")).contains("抱歉");
    }

    @Test
    void aBudgetIsSplitByTierForTheStage() {
        assertThat(chat.say("viewer", "/budget 30000 stage=maturity")).contains("预算 ¥30,000 · 成熟期分配")
                .contains("mega（头部，50万粉以上）5% = ¥1,500").contains("macro（头部，10万–50万粉）15% = ¥4,500")
                .contains("mid（腰部，1万–10万粉）50% = ¥15,000").contains("micro（尾部，1万粉以下）30% = ¥9,000");
        assertThat(chat.say("viewer", "/预算 3w 阶段=认知")).contains("认知期").contains("20% = ¥6,000")
                .contains("30% = ¥9,000");
        assertThat(chat.say("op_en", "/budget 10001 stage=maturity")).contains("for the maturity stage")
                .contains("mid (10k–100k followers) 50% = ¥5,001");
    }

    @Test
    void aBudgetWithAnUnknownStageOrNoAmountAnswersWithTheUsageLine() {
        assertThat(chat.say("viewer", "/budget 30000 stage=launch")).contains("不认识的阶段").contains("用法：/budget <金额> stage=<阶段>");
        assertThat(chat.say("viewer", "/budget stage=growth")).contains("缺少金额").contains("用法：/budget");
        assertThat(chat.say("viewer", "/budget 30000")).contains("缺少阶段");
    }
}
