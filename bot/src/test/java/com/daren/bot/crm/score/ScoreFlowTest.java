package com.daren.bot.crm.score;

import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.pipeline.SimChat;
import com.daren.crm.InfluencerStore;
import com.daren.crm.Platform;
import com.daren.crm.ScoreItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** /daren score and /daren scorecard through the simulator, against real Redis. */
@DarenIntegrationTest
class ScoreFlowTest {

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
    void anOperatorScoresSubScoresAndSeesTheScorecard() {
        chat.say("op_li", "/daren add @score_amy platform=xiaohongshu followers=30000");
        String card = chat.say("op_li", "/daren score @score_amy recent_er=20 comment_quality=23/25 consistency=15 growth=12 partnership=80");
        assertThat(card).contains("评分卡已更新")
                .contains("互动 70/100").contains("合作 80/100").contains("战略 未评")
                .contains("总分 75/100 · 7.5/10").contains("基于 2/3 张评分卡")
                .contains("建议：继续合作")
                .contains("优势：评论质量 23/25、近期互动率 20/25")
                .containsPattern("短板：增长 12/25\\R|短板：增长 12/25$");
        var saved = store.findByHandle("score_amy").get(0).scores();
        assertThat(saved.items()).containsEntry(ScoreItem.COMMENT_QUALITY, 23);
        assertThat(saved.card(ScoreItem.ScoreCard.ENGAGEMENT)).hasValue(70);
    }

    @Test
    void chineseKeysAndWholeCardsGiveAnAmbassadorCandidate() {
        chat.say("op_li", "/daren add @score_bo platform=douyin followers=800000");
        chat.say("op_li", "/达人 评分 score_bo 互动=23/25 合作=90");
        String card = chat.say("op_li", "/达人 评分 score_bo 受众匹配=28 品牌契合=27 成长潜力=18/20 竞争优势=17");
        assertThat(card).contains("互动 92/100").contains("合作 90/100").contains("战略 90/100")
                .contains("总分 91/100 · 9.1/10").doesNotContain("原 ")
                .contains("建议：大使候选")
                .contains("优势：受众匹配 28/30");
        assertThat(store.findByHandle("score_bo").get(0).scores().outOfTen()).hasValue(9.1);
    }

    @Test
    void theScorecardShowsWithoutChangingAnythingAndViewersMayReadIt() {
        chat.say("op_li", "/daren add @score_cy platform=weibo followers=5000");
        assertThat(chat.say("viewer", "/daren scorecard @score_cy")).contains("总分：未评");
        chat.say("op_li", "/daren score @score_cy strategic=55");
        String before = store.findByHandle("score_cy").get(0).version();
        String card = chat.say("viewer", "/达人 评分卡 score_cy");
        assertThat(card).doesNotContain("已更新").contains("战略 55/100").contains("5.5/10").contains("建议：待评估");
        assertThat(store.findByHandle("score_cy").get(0).version()).isEqualTo(before);
    }

    @Test
    void englishOperatorsGetTheScorecardInEnglish() {
        chat.say("op_en", "/daren add @score_dee platform=bilibili followers=20000");
        String card = chat.say("op_en", "/daren score @score_dee engagement=18/25");
        assertThat(card).contains("Scorecard for score_dee").contains("Engagement 72/100").contains("Partnership not rated")
                .contains("Total 72/100 · 7.2/10").contains("Action: keep working together");
    }

    @Test
    void aDenominatorThatIsNotTheItemsMaximumAnswersWithTheUsageLine() {
        chat.say("op_li", "/daren add @score_eve platform=douyin followers=1000");
        String answer = chat.say("op_li", "/daren score @score_eve comment_quality=18/20");
        assertThat(answer).contains("评论质量满分是 25").contains("用法：/daren score <账号>").contains("Usage: /daren score");
        assertThat(chat.say("op_li", "/daren score @score_eve responsiveness=25")).contains("0–20").contains("用法：");
        assertThat(chat.say("op_li", "/daren score @score_eve")).contains("请至少给出一项评分").contains("用法：");
        assertThat(chat.say("op_li", "/daren score @score_eve charm=5")).contains("未知参数 charm");
        assertThat(store.findByHandle("score_eve").get(0).scores().isEmpty()).isTrue();
    }

    @Test
    void scoringSomeoneUnknownSaysSo() {
        assertThat(chat.say("op_li", "/daren score @score_nobody engagement=50")).contains("没有找到达人 @score_nobody");
    }

    @Test
    void aViewerMayNotScore() {
        chat.say("op_li", "/daren add @score_fay platform=douyin followers=1000");
        assertThat(chat.say("viewer", "/daren score @score_fay engagement=50")).contains("抱歉").contains("运营");
        assertThat(store.findByHandle("score_fay").get(0).scores().isEmpty()).isTrue();
    }
}
