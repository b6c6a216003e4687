package com.daren.reminder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time phrases /remind understands, as one table. "Now" is Wednesday 2026-11-25 15:10 in Shanghai unless a
 * row says otherwise. Expected: a time ({@code 2026-11-26 10:00}), a repeat and its first time, {@code ASK} with the
 * options the bot offers, {@code REFUSED} (past or no such day) or {@code NO} (not a time phrase).
 */
class TimePhraseParserTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParameterizedTest(name = "[{0}] {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            11-25 15:10 | 明天上午10点 开会          | 2026-11-26 10:00                              | 开会
            11-25 15:10 | 明天上午十点开会           | 2026-11-26 10:00                              | 开会
            11-25 15:10 | 下周一 交周报              | 2026-11-30 09:00                              | 交周报
            11-25 15:10 | 3天后 回访                 | 2026-11-28 15:10                              | 回访
            11-25 15:10 | 三天后上午10点回访          | 2026-11-28 10:00                              | 回访
            11-25 15:10 | 每周五17:00 写周报          | weekly:FRIDAY@17:00 2026-11-27 17:00          | 写周报
            11-25 15:10 | 下午三点半 打电话           | 2026-11-25 15:30                              | 打电话
            11-25 15:10 | 今晚8点 直播               | 2026-11-25 20:00                              | 直播
            11-25 15:10 | 后天 寄样                  | 2026-11-27 09:00                              | 寄样
            11-25 15:10 | 月底 结算                  | 2026-11-30 09:00                              | 结算
            11-25 15:10 | 大后天下午 复盘             | 2026-11-28 15:00                              | 复盘
            11-25 15:10 | 明早8点 拍摄               | 2026-11-26 08:00                              | 拍摄
            11-25 15:10 | 明晚七点半 开播            | 2026-11-26 19:30                              | 开播
            11-25 15:10 | 明天中午12点 吃饭          | 2026-11-26 12:00                              | 吃饭
            11-25 10:00 | 中午1点 午会               | 2026-11-25 13:00                              | 午会
            11-25 15:10 | 晚上十二点 截止            | 2026-11-26 00:00                              | 截止
            11-25 15:10 | 凌晨2点 发布               | 2026-11-26 02:00                              | 发布
            11-25 15:10 | 三点一刻 对稿              | 2026-11-25 15:15                              | 对稿
            11-25 15:10 | 12月1号 上线               | 2026-12-01 09:00                              | 上线
            11-25 15:10 | 3月1日 续约                | 2027-03-01 09:00                              | 续约
            11-25 15:10 | 下个月5号 结款             | 2026-12-05 09:00                              | 结款
            11-25 15:10 | 1号 对账                   | 2026-12-01 09:00                              | 对账
            11-25 15:10 | 下周五 交稿                | 2026-12-04 09:00                              | 交稿
            11-25 15:10 | 这周五下午3点 开会          | 2026-11-27 15:00                              | 开会
            11-25 15:10 | 星期天 休息                | 2026-11-29 09:00                              | 休息
            11-25 15:10 | 半小时后 回电话            | 2026-11-25 15:40                              | 回电话
            11-25 15:10 | 两个小时后 看数据          | 2026-11-25 17:10                              | 看数据
            11-25 15:10 | 十分钟后 喝水              | 2026-11-25 15:20                              | 喝水
            11-25 15:10 | 每天9点 打卡               | daily@09:00 2026-11-26 09:00                  | 打卡
            11-25 15:10 | 每月1号 发工资             | monthly:1@09:00 2026-12-01 09:00              | 发工资
            11-25 15:10 | 每月十五号上午10点 对账     | monthly:15@10:00 2026-12-15 10:00             | 对账
            11-25 15:10 | tomorrow 9am standup      | 2026-11-26 09:00                              | standup
            11-25 15:10 | 9am tomorrow standup      | 2026-11-26 09:00                              | standup
            11-25 15:10 | next monday report        | 2026-11-30 09:00                              | report
            11-25 15:10 | in 2 hours call back      | 2026-11-25 17:10                              | call back
            11-25 15:10 | in 3 days follow up       | 2026-11-28 15:10                              | follow up
            11-25 15:10 | in half an hour stretch   | 2026-11-25 15:40                              | stretch
            11-25 15:10 | every friday 17:00 weekly | weekly:FRIDAY@17:00 2026-11-27 17:00          | weekly
            11-25 15:10 | every day at 8am standup  | daily@08:00 2026-11-26 08:00                  | standup
            11-25 15:10 | daily 18:00 wrap up       | daily@18:00 2026-11-25 18:00                  | wrap up
            11-25 15:10 | every month on the 1st pay | monthly:1@09:00 2026-12-01 09:00             | pay
            11-25 15:10 | tonight 8pm live          | 2026-11-25 20:00                              | live
            11-25 15:10 | tonight live              | 2026-11-25 20:00                              | live
            11-25 15:10 | friday 5:30pm review      | 2026-11-27 17:30                              | review
            11-25 15:10 | this friday demo          | 2026-11-27 09:00                              | demo
            11-25 15:10 | end of month invoice      | 2026-11-30 09:00                              | invoice
            11-25 15:10 | 2026-12-01T09:00 deadline | 2026-12-01 09:00                              | deadline
            11-25 15:10 | 2026-12-01 deadline       | 2026-12-01 09:00                              | deadline
            11-25 15:10 | 2026/12/01 14:30 交付      | 2026-12-01 14:30                              | 交付
            11-25 10:00 | 3点 开会                   | 2026-11-25 15:00                              | 开会
            11-25 07:00 | 8点 晨会                   | 2026-11-25 08:00                              | 晨会
            11-25 15:10 | 3点 开会                   | ASK 2026-11-26 03:00, 2026-11-26 15:00        | 开会
            11-25 15:10 | at 3 call                 | ASK 2026-11-26 03:00, 2026-11-26 15:00        | call
            11-25 15:10 | 明天3点 开会               | ASK 2026-11-26 03:00, 2026-11-26 15:00        | 开会
            11-25 15:10 | 明天9点 开会               | 2026-11-26 09:00                              | 开会
            11-30 08:00 | 周一 例会                  | ASK 2026-11-30 09:00, 2026-12-07 09:00        | 例会
            11-25 15:10 | 周三下午4点 复盘            | ASK 2026-11-25 16:00, 2026-12-02 16:00        | 复盘
            11-25 15:10 | 周三 复盘                  | 2026-12-02 09:00                              | 复盘
            11-25 15:10 | next friday launch        | ASK 2026-11-27 09:00, 2026-12-04 09:00        | launch
            11-27 10:00 | next friday launch        | 2026-12-04 09:00                              | launch
            11-25 15:10 | 今天上午9点 开会           | REFUSED                                       | -
            11-25 15:10 | 今天3点 开会               | REFUSED                                       | -
            11-25 15:10 | 今天 开会                  | REFUSED                                       | -
            11-25 15:10 | 2026-11-01 10:00 复盘      | REFUSED                                       | -
            11-25 15:10 | 中午12点 吃饭              | REFUSED                                       | -
            11-25 15:10 | 11月31号 结算              | REFUSED                                       | -
            11-25 15:10 | 每天3点 巡检               | REFUSED                                       | -
            11-25 15:10 | 记得交稿                   | NO                                            | -
            11-25 15:10 | monitor the launch        | NO                                            | -
            """)
    void readsThePhrase(String now, String line, String expected, String rest) {
        TimePhrase phrase = TimePhraseParser.parse(line, at(now));
        assertThat(describe(phrase)).isEqualTo(expected);
        if (rest != null) {
            String actualRest = phrase instanceof TimePhrase.Resolved r ? r.rest() : ((TimePhrase.Ambiguous) phrase).rest();
            assertThat(actualRest).isEqualTo(rest);
        }
    }

    @Test
    void aPastTimeIsRefusedSayingWhatItWasAndWhatTimeItIsNow() {
        TimePhrase phrase = TimePhraseParser.parse("今天上午9点 开会", at("11-25 15:10"));
        assertThat(((TimePhrase.Refused) phrase).reason().zh()).contains("2026-11-25 09:00", "2026-11-25 15:10");
    }

    @Test
    void theResolvedTimeCarriesTheZoneItWasReadIn() {
        TimePhrase.Resolved r = (TimePhrase.Resolved) TimePhraseParser.parse("明天上午10点 x", at("11-25 15:10"));
        assertThat(r.at().getZone()).isEqualTo(SHANGHAI);
        assertThat(r.at().toInstant().toString()).isEqualTo("2026-11-26T02:00:00Z");
    }

    @Test
    void aMonthlyDayPastTheMonthsEndFallsOnItsLastDay() {
        Repeat repeat = Repeat.monthly(31, java.time.LocalTime.of(9, 0));
        assertThat(F.format(repeat.nextAfter(at("11-25 15:10")))).isEqualTo("2026-11-30 09:00");
        assertThat(F.format(repeat.nextAfter(at("11-30 09:00")))).isEqualTo("2026-12-31 09:00");
    }

    @Test
    void aRepeatReadsBackFromItsStoredForm() {
        for (String encoded : new String[]{"daily@09:00", "weekly:FRIDAY@17:00", "monthly:15@10:30"}) {
            assertThat(Repeat.decode(encoded).encode()).isEqualTo(encoded);
        }
    }

    private static ZonedDateTime at(String monthDayTime) {
        return LocalDateTime.parse("2026-" + monthDayTime, F).atZone(SHANGHAI);
    }

    private static String describe(TimePhrase phrase) {
        if (phrase instanceof TimePhrase.Resolved r) {
            return r.repeat().map(rep -> rep.encode() + " ").orElse("") + F.format(r.at());
        }
        if (phrase instanceof TimePhrase.Ambiguous a) {
            return "ASK " + a.options().stream().map(F::format).collect(Collectors.joining(", "));
        }
        return phrase instanceof TimePhrase.Refused ? "REFUSED" : "NO";
    }
}
