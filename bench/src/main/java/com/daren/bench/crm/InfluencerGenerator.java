package com.daren.bench.crm;

import com.daren.crm.Influencer;
import com.daren.crm.PipelineStatus;
import com.daren.crm.Platform;
import com.daren.crm.ScoreItem;
import com.daren.crm.Scores;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Realistic-looking influencers, the same ones for the same seed and index (so parallel writers and reruns agree):
 * mixed platforms, log-normal followers (every tier occurs: about 7 % nano, 34 % micro, 44 % mid, 12 % macro,
 * 3 % mega), 1–4 of 30 Chinese niche tags (Zipf-like, 美妆 most common), statuses spread over the pipeline, owners
 * among ten operators (5 % unowned), a score for 60 % (70 % of those as three scorecards, 30 % as all twelve
 * sub-scores), an engagement rate for 80 %, and some phone numbers, WeChat ids, WeCom and Official Account ids,
 * audience facts, formats, average likes/comments and contract ends.
 */
final class InfluencerGenerator {

    static final List<String> TAGS = List.of("美妆", "护肤", "穿搭", "美食", "母婴", "旅行", "健身", "数码", "家居",
            "宠物", "游戏", "汽车", "教育", "职场", "情感", "搞笑", "音乐", "舞蹈", "摄影", "读书", "科技", "财经", "户外",
            "露营", "探店", "减脂", "国潮", "二次元", "手工", "医美");

    static final List<String> OWNERS = List.of("op1", "op2", "op3", "op4", "op5", "op6", "op7", "op8", "op9", "op10");

    private static final double[] TAG_WEIGHTS = cumulative(TAGS.size(), k -> 1 / Math.pow(k + 1, 0.8));
    private static final double[] OWNER_WEIGHTS = cumulative(OWNERS.size(), k -> 1 / Math.pow(k + 1, 0.5));
    private static final Platform[] PLATFORMS = {Platform.XIAOHONGSHU, Platform.DOUYIN, Platform.WEIBO,
            Platform.BILIBILI, Platform.CHANNELS};
    private static final double[] PLATFORM_WEIGHTS = cumulative(new double[] {35, 30, 12, 13, 10});
    private static final PipelineStatus[] STATUSES = {PipelineStatus.PROSPECT, PipelineStatus.CONTACTED,
            PipelineStatus.NEGOTIATING, PipelineStatus.ACTIVE, PipelineStatus.PAUSED, PipelineStatus.INACTIVE,
            PipelineStatus.UNRESPONSIVE, PipelineStatus.OPTED_OUT};
    private static final double[] STATUS_WEIGHTS = cumulative(new double[] {40, 20, 8, 12, 4, 8, 6, 2});

    private static final String[] NAME_HEADS = {"小", "阿", "大", "甜甜", "酷酷", "胖", "懒懒", "爱吃的", "会飞的", "一只",
            "今天也要", "不吃香菜的", "认真的", ""};
    private static final String[] NAME_CORES = {"鹿", "鱼", "猫", "桃子", "橙子", "栗子", "团子", "可乐", "芒果", "奶茶",
            "饭团", "柚子", "糖糖", "豆豆", "七七", "安安", "悠悠", "晴天", "星星", "月亮", "阿珍", "老王", "Lily", "Mia"};
    private static final String[] NAME_TAILS = {"", "", "酱", "呀", "同学", "姐姐", "的日常", "的厨房", "在上海", "爱旅行",
            "学姐", "日记", "说美妆", "vlog", "本人", "很忙"};
    private static final String[] HANDLE_STEMS = {"lulu", "xiaoyu", "miaomiao", "taozi", "chengzi", "lizi", "tuanzi",
            "kele", "mango", "naicha", "fantuan", "youzi", "tangtang", "doudou", "qiqi", "anan", "youyou", "sunny",
            "star", "moon", "azhen", "laowang", "lily", "mia"};
    private static final String[] FORMATS = {"图文", "短视频", "直播", "中视频"};
    private static final String[] AGES = {"18-24", "25-34", "35-44", "18-30"};
    private static final String[] GENDERS = {"女性为主", "男性为主", "均衡"};
    private static final String[] REGIONS = {"北京", "上海", "广东", "浙江", "江苏", "四川", "湖北", "山东", "福建", "全国"};

    private final long seed;

    InfluencerGenerator(long seed) {
        this.seed = seed;
    }

    /** The i-th generated record (no id, no timestamps: the store gives those). */
    Influencer influencer(int i) {
        SplittableRandom r = random(i);
        Platform platform = pick(r, PLATFORMS, PLATFORM_WEIGHTS);
        long followers = followers(r);
        Influencer.Builder b = Influencer.builder(platform, handle(r, "", i)).name(name(r))
                .followers(followers).tags(tags(r)).status(pick(r, STATUSES, STATUS_WEIGHTS));
        if (r.nextDouble() < 0.95) {
            b.owner(OWNERS.get(index(r, OWNER_WEIGHTS)));
        }
        Double er = r.nextDouble() < 0.8 ? engagementRate(r) : null;
        b.engagementRate(er);
        if (er != null && r.nextDouble() < 0.6) {
            b.avgLikes(Math.max(1, Math.round(followers * er * 0.8)));
            if (r.nextDouble() < 0.7) {
                b.avgComments(Math.max(0, Math.round(followers * er * 0.08)));
            }
        }
        if (r.nextDouble() < 0.6) {
            b.formats(formats(r));
        }
        if (r.nextDouble() < 0.4) {
            b.audienceAge(AGES[r.nextInt(AGES.length)]).audienceGender(GENDERS[r.nextInt(GENDERS.length)])
                    .audienceRegion(REGIONS[r.nextInt(REGIONS.length)]);
        }
        if (r.nextDouble() < 0.3) {
            b.phone(phone(r));
        }
        if (r.nextDouble() < 0.4) {
            b.wechatId(wechatId(r, i));
        }
        if (r.nextDouble() < 0.08) {
            b.wecomExternalUserId("wm" + token(r, 26) + Integer.toString(i, 36));
        }
        if (r.nextDouble() < 0.04) {
            b.mpOpenId("o" + token(r, 21) + Integer.toString(i, 36));
        }
        if (r.nextDouble() < 0.6) {
            b.scores(scores(r));
        }
        Influencer drafted = b.build();
        if ((drafted.status() == PipelineStatus.ACTIVE || drafted.status() == PipelineStatus.PAUSED) && r.nextDouble() < 0.7) {
            b.contractEnd(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(730)));
        }
        return b.build();
    }

    /**
     * A CSV file as an operator would export it from a spreadsheet: UTF-8 with BOM, Chinese headers, followers
     * written as 12345 / 1.23w / 4.5万, rates as 3.5%, tags joined by 、 or by commas (quoted), some cells empty.
     * Handles start with {@code imp} so none clashes with {@link #influencer}'s.
     */
    byte[] csv(int rows) {
        StringBuilder out = new StringBuilder(rows * 120);
        out.append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(CSV_HEADER);
            for (int i = 0; i < rows; i++) {
                csv.printRecord(csvRow(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static final List<String> CSV_HEADER = List.of("昵称", "账号", "平台", "粉丝数", "互动率", "标签", "负责人", "手机号",
            "微信号", "内容形式", "受众地区", "平均点赞");

    private List<String> csvRow(int i) {
        SplittableRandom r = random(1_000_000_000 + i);
        Platform platform = pick(r, PLATFORMS, PLATFORM_WEIGHTS);
        long followers = followers(r);
        String followersText = switch (r.nextInt(4)) {
            case 0 -> String.format(Locale.ROOT, "%.2fw", followers / 10_000.0);
            case 1 -> String.format(Locale.ROOT, "%.1f万", followers / 10_000.0);
            default -> Long.toString(followers);
        };
        if (followers < 10_000) {
            followersText = Long.toString(followers);
        }
        List<String> tags = tags(r);
        String erText = r.nextDouble() < 0.8 ? String.format(Locale.ROOT, "%.2f%%", engagementRate(r) * 100) : "";
        String owner = r.nextDouble() < 0.95 ? OWNERS.get(index(r, OWNER_WEIGHTS)) : "";
        String phone = r.nextDouble() < 0.3 ? phone(r) : "";
        String wechat = r.nextDouble() < 0.4 ? wechatId(r, i) : "";
        String formats = r.nextDouble() < 0.6 ? String.join("、", formats(r)) : "";
        String region = r.nextDouble() < 0.4 ? REGIONS[r.nextInt(REGIONS.length)] : "";
        String likes = r.nextDouble() < 0.5 ? Long.toString(1 + r.nextInt(5_000)) : "";
        return List.of(name(r), handle(r, "imp", i), platform.zh(), followersText, erText,
                String.join(r.nextBoolean() ? "、" : ",", tags), owner, phone, wechat, formats, region, likes);
    }

    private SplittableRandom random(long i) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L);
    }

    /** Log-normal around 15k (σ = 1.8 in ln), 50 … 80 million. */
    private static long followers(SplittableRandom r) {
        double v = Math.exp(Math.log(15_000) + 1.8 * r.nextGaussian());
        return Math.max(50, Math.min(80_000_000L, Math.round(v)));
    }

    /** Log-normal around 4 % (σ = 0.7 in ln), 0.1 % … 60 %, four decimals as operators type them (3.52 %). */
    private static double engagementRate(SplittableRandom r) {
        double v = Math.exp(Math.log(0.04) + 0.7 * r.nextGaussian());
        return Math.round(Math.max(0.001, Math.min(0.6, v)) * 10_000) / 10_000.0;
    }

    private static List<String> tags(SplittableRandom r) {
        int n = 1 + r.nextInt(4);
        Set<String> tags = new LinkedHashSet<>();
        while (tags.size() < n) {
            tags.add(TAGS.get(index(r, TAG_WEIGHTS)));
        }
        return new ArrayList<>(tags);
    }

    private static List<String> formats(SplittableRandom r) {
        Set<String> f = new LinkedHashSet<>();
        int n = 1 + r.nextInt(2);
        while (f.size() < n) {
            f.add(FORMATS[r.nextInt(FORMATS.length)]);
        }
        return new ArrayList<>(f);
    }

    private static Scores scores(SplittableRandom r) {
        if (r.nextDouble() < 0.7) {
            Map<ScoreItem.ScoreCard, Integer> cards = new EnumMap<>(ScoreItem.ScoreCard.class);
            for (ScoreItem.ScoreCard card : ScoreItem.ScoreCard.values()) {
                cards.put(card, 30 + r.nextInt(69));
            }
            return new Scores(Map.of(), cards);
        }
        Map<ScoreItem, Integer> items = new EnumMap<>(ScoreItem.class);
        for (ScoreItem item : ScoreItem.values()) {
            items.put(item, (int) Math.round(item.max() * (0.35 + 0.65 * r.nextDouble())));
        }
        return new Scores(items, Map.of());
    }

    private static String name(SplittableRandom r) {
        return NAME_HEADS[r.nextInt(NAME_HEADS.length)] + NAME_CORES[r.nextInt(NAME_CORES.length)]
                + NAME_TAILS[r.nextInt(NAME_TAILS.length)];
    }

    /** Unique per (prefix, i): a readable stem plus the index in base 36. */
    private static String handle(SplittableRandom r, String prefix, int i) {
        String stem = HANDLE_STEMS[r.nextInt(HANDLE_STEMS.length)];
        return prefix + stem + (r.nextBoolean() ? "_" : "") + Integer.toString(i, 36);
    }

    private static String phone(SplittableRandom r) {
        String[] heads = {"138", "139", "186", "150", "177", "199", "135"};
        return heads[r.nextInt(heads.length)] + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000));
    }

    private static String wechatId(SplittableRandom r, int i) {
        return r.nextBoolean() ? "wxid_" + token(r, 14) : HANDLE_STEMS[r.nextInt(HANDLE_STEMS.length)] + (1980 + r.nextInt(25))
                + Integer.toString(i % 1000, 36);
    }

    private static String token(SplittableRandom r, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder s = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static <T> T pick(SplittableRandom r, T[] values, double[] cumulative) {
        return values[index(r, cumulative)];
    }

    private static int index(SplittableRandom r, double[] cumulative) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        for (int k = 0; k < cumulative.length; k++) {
            if (x < cumulative[k]) {
                return k;
            }
        }
        return cumulative.length - 1;
    }

    private static double[] cumulative(int n, java.util.function.IntToDoubleFunction weight) {
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            w[k] = weight.applyAsDouble(k);
        }
        return cumulative(w);
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k];
            c[k] = sum;
        }
        return c;
    }
}
