package com.daren.brief;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ItemKeysTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "https://Example.COM/news/1/|http://example.com/news/1",
            "https://example.com/news/1?utm_source=wx&utm_medium=feed|https://example.com/news/1",
            "https://example.com/news/1#comments|https://example.com/news/1",
            "https://example.com:443/a?b=2&a=1|https://example.com/a?a=1&b=2",
            "https://mp.weixin.qq.com/s?__biz=X&mid=1&scene=21&sessionid=9|https://mp.weixin.qq.com/s?__biz=X&mid=1",
    })
    void theSameStoryHasTheSameUrlKey(String a, String b) {
        assertThat(ItemKeys.urlKey(item(a, "x"))).isEqualTo(ItemKeys.urlKey(item(b, "y")));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "https://example.com/news/1|https://example.com/news/2",
            "https://example.com/a?id=1|https://example.com/a?id=2",
            "https://example.com/a|https://other.com/a",
    })
    void differentStoriesHaveDifferentUrlKeys(String a, String b) {
        assertThat(ItemKeys.urlKey(item(a, "x"))).isNotEqualTo(ItemKeys.urlKey(item(b, "x")));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "小红书发布 2027 年达人激励计划|小红书发布2027年达人激励计划！",
            "Douyin Launches New Creator Fund|douyin launches new creator fund.",
            "“抖音”电商：双11 GMV 同比增长|抖音电商:双１１GMV同比增长",
    })
    void titlesDifferingOnlyInCasePunctuationWidthOrSpacingAreTheSame(String a, String b) {
        assertThat(ItemKeys.titleKey(item("https://a.com/1", a))).isEqualTo(ItemKeys.titleKey(item("https://b.com/2", b)));
    }

    private static FeedItem item(String url, String title) {
        return new FeedItem(url, title, "s1", "", null, Instant.EPOCH, "");
    }
}
