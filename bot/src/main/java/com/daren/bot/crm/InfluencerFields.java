package com.daren.bot.crm;

import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.ParsedArgs;
import com.daren.command.Text;
import com.daren.crm.Influencer;
import com.daren.crm.Platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The record fields an operator can give as {@code key=value} (English or Chinese keys), declared once for
 * {@code /daren add}, {@code /daren set} and the import's column mapping.
 */
public final class InfluencerFields {

    public static final ArgSpec PLATFORM = ArgSpec.option("platform", ArgType.TEXT, "平台", "platform").alias("平台");
    public static final ArgSpec NAME = ArgSpec.option("name", ArgType.TEXT, "昵称", "name").alias("昵称", "名字");
    public static final ArgSpec HANDLE = ArgSpec.option("rename", ArgType.HANDLE, "新账号", "new handle").alias("新账号");
    public static final ArgSpec FOLLOWERS = ArgSpec.option("followers", ArgType.COUNT, "粉丝数", "followers").alias("粉丝", "粉丝数");
    public static final ArgSpec ER = ArgSpec.option("er", ArgType.RATE, "互动率", "engagement rate").alias("互动率", "engagement");
    public static final ArgSpec LIKES = ArgSpec.option("likes", ArgType.COUNT, "平均点赞", "avg likes").alias("点赞", "平均点赞");
    public static final ArgSpec COMMENTS = ArgSpec.option("comments", ArgType.COUNT, "平均评论", "avg comments").alias("评论", "平均评论");
    public static final ArgSpec TAGS = ArgSpec.option("tags", ArgType.LIST, "标签", "tags").alias("标签", "tag");
    public static final ArgSpec FORMATS = ArgSpec.option("formats", ArgType.LIST, "内容形式", "formats").alias("形式", "内容形式");
    public static final ArgSpec AGE = ArgSpec.option("age", ArgType.TEXT, "受众年龄", "audience age").alias("年龄", "受众年龄");
    public static final ArgSpec GENDER = ArgSpec.option("gender", ArgType.TEXT, "受众性别", "audience gender").alias("性别", "受众性别");
    public static final ArgSpec REGION = ArgSpec.option("region", ArgType.TEXT, "受众地区", "audience region").alias("地区", "受众地区");
    public static final ArgSpec PHONE = ArgSpec.option("phone", ArgType.TEXT, "手机号", "phone").alias("手机", "手机号", "电话");
    public static final ArgSpec WECHAT = ArgSpec.option("wechat", ArgType.TEXT, "微信号", "WeChat id").alias("微信", "微信号");
    public static final ArgSpec WECOM = ArgSpec.option("wecom", ArgType.TEXT, "企业微信外部联系人ID", "WeCom external_userid").alias("external_userid", "企微");
    public static final ArgSpec OPENID = ArgSpec.option("openid", ArgType.TEXT, "公众号openid", "OA openid").alias("公众号");
    public static final ArgSpec SIM = ArgSpec.option("sim", ArgType.TEXT, "模拟器账号", "simulator id").alias("模拟器");
    public static final ArgSpec OWNER = ArgSpec.option("owner", ArgType.TEXT, "负责人", "owner").alias("负责人");
    public static final ArgSpec CONTRACT = ArgSpec.option("contract", ArgType.TEXT, "合同到期日", "contract end").alias("合同", "合同到期");

    /** Everything {@code /daren set} accepts (platform and handle rename the record's key). */
    public static final List<ArgSpec> EDITABLE = List.of(PLATFORM, NAME, HANDLE, FOLLOWERS, ER, LIKES, COMMENTS, TAGS,
            FORMATS, AGE, GENDER, REGION, PHONE, WECHAT, WECOM, OPENID, SIM, OWNER, CONTRACT);

    private InfluencerFields() {
    }

    /** Copies every given field onto the builder; fields not given stay as they are. */
    public static Influencer.Builder apply(ParsedArgs args, Influencer.Builder b) {
        args.optionalText(PLATFORM.name()).map(InfluencerFields::platform).ifPresent(b::platform);
        args.optionalText(NAME.name()).ifPresent(b::name);
        args.optionalText(HANDLE.name()).ifPresent(b::handle);
        args.optionalCount(FOLLOWERS.name()).ifPresent(b::followers);
        args.optionalRate(ER.name()).ifPresent(b::engagementRate);
        args.optionalCount(LIKES.name()).ifPresent(b::avgLikes);
        args.optionalCount(COMMENTS.name()).ifPresent(b::avgComments);
        if (args.has(TAGS.name())) {
            b.tags(args.list(TAGS.name()));
        }
        if (args.has(FORMATS.name())) {
            b.formats(args.list(FORMATS.name()));
        }
        args.optionalText(AGE.name()).ifPresent(b::audienceAge);
        args.optionalText(GENDER.name()).ifPresent(b::audienceGender);
        args.optionalText(REGION.name()).ifPresent(b::audienceRegion);
        args.optionalText(PHONE.name()).map(InfluencerFields::phone).ifPresent(b::phone);
        args.optionalText(WECHAT.name()).ifPresent(b::wechatId);
        args.optionalText(WECOM.name()).ifPresent(b::wecomExternalUserId);
        args.optionalText(OPENID.name()).ifPresent(b::mpOpenId);
        args.optionalText(SIM.name()).ifPresent(b::simulatorId);
        args.optionalText(OWNER.name()).ifPresent(b::owner);
        args.optionalText(CONTRACT.name()).map(InfluencerFields::date).ifPresent(b::contractEnd);
        return b;
    }

    public static Platform platform(String text) {
        return Platform.parse(text).orElseThrow(() -> new BadArgumentException(Text.of(
                "不认识的平台「" + text + "」，可选：" + Platform.choices(),
                "unknown platform '" + text + "', choose one of: " + Platform.choices())));
    }

    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip().replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw new BadArgumentException(Text.of("日期应为 2026-12-31 这样的格式", "a date looks like 2026-12-31"));
        }
    }

    /** Digits, with an optional leading +; spaces and dashes dropped. */
    public static String phone(String text) {
        String digits = text.replaceAll("[\\s-]", "");
        if (!digits.matches("\\+?\\d{5,20}")) {
            throw new BadArgumentException(Text.of("手机号应为数字", "a phone number is digits"));
        }
        return digits;
    }
}
