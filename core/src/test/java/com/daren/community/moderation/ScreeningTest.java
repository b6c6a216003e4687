package com.daren.community.moderation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningTest {

    private final WordMatcher global = WordMatcher.of(List.of("刷单返利", "fuck"));
    private final WordMatcher group = WordMatcher.of(List.of("竞品链接", "微商"));
    private final Screening screening = new Screening(WordMatcher.of(List.of("加v", "加微信", "vx", "扫码", "兼职", "代理")));

    @ParameterizedTest
    @ValueSource(strings = {
            "招微商啦",                 // as listed
            "招微 商啦",                // a space between the characters
            "招微.商啦", "招微*商", "招微😀商",  // a symbol or emoji between them
            "招微\u3000商",             // an ideographic space
            "做微商嗎",                 // traditional around it
            "招微商",
            "招ｗｅｉ微商"
    })
    void aGroupWordIsFoundThroughEveryEvasion(String text) {
        assertThat(screening.screen(text, global, group)).hasValueSatisfying(v -> {
            assertThat(v.kind()).isEqualTo(ViolationKind.BANNED_WORD);
            assertThat(v.rule()).isEqualTo("微商");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"FUCK this", "ｆｕｃｋ", "F u C k", "f.u.c.k", "刷單返利", "刷 單 返 利", "刷-单-返-利"})
    void aGlobalWordIsFoundInFullWidthUpperCaseSpacedAndTraditionalForms(String text) {
        assertThat(screening.screen(text, global, WordMatcher.empty())).hasValueSatisfying(v ->
                assertThat(v.kind()).isEqualTo(ViolationKind.BANNED_WORD));
    }

    @Test
    void theExcerptIsTheTextAsWritten() {
        assertThat(screening.screen("大家好 微 . 商 招人", global, group).orElseThrow().excerpt()).isEqualTo("微 . 商");
    }

    @ParameterizedTest
    @ValueSource(strings = {"有需要的加V", "加 微 信 详聊", "私我ＶＸ", "扫码进群", "招兼职", "招代理"})
    void adPhrasesAreCaught(String text) {
        assertThat(screening.screen(text, global, group)).hasValueSatisfying(v -> assertThat(v.kind()).isEqualTo(ViolationKind.AD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"看这里 https://x.example/abc", "www.shop123.cn", "去 taobao.com 买", "ＨＴＴＰ://ABC.COM"})
    void linksAreCaught(String text) {
        assertThat(screening.screen(text, global, group)).hasValueSatisfying(v -> assertThat(v.kind()).isEqualTo(ViolationKind.LINK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"电话13800138000", "打 138 0013 8000", "+86 139-1234-5678", "１３８００１３８０００"})
    void mobileNumbersAreCaught(String text) {
        assertThat(screening.screen(text, global, group)).hasValueSatisfying(v -> assertThat(v.kind()).isEqualTo(ViolationKind.PHONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"大家早上好", "这款面霜 2499 元", "订单号 12345678901234", "报价单发群里了", "I love it.", "v1.2 版本", ""})
    void ordinaryChatPasses(String text) {
        assertThat(screening.screen(text, global, group)).isEmpty();
    }

    @Test
    void wordsAreStoredFoldedSoSpacedOrTraditionalEntriesMatchPlainText() {
        WordMatcher listed = WordMatcher.of(List.of("微 信號", "  "));
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.firstIn(TextFolding.fold("加微信号"))).isPresent();
    }
}
