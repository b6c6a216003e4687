package com.daren.bot.brief;

import com.daren.access.Role;
import com.daren.brief.BriefDispatcher;
import com.daren.brief.BriefGroup;
import com.daren.brief.BriefStore;
import com.daren.brief.FeedItem;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.Lang;
import com.daren.command.Reply;
import com.daren.command.Text;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static com.daren.bot.brief.BriefSourceCommands.feedUrl;
import static com.daren.bot.brief.BriefSourceCommands.handler;

/**
 * A group's brief: {@code /brief schedule 08:30 [Asia/Shanghai]}, {@code /brief keywords 美妆,护肤},
 * {@code /brief preview}, {@code /brief now}, and {@code /brief add <url> [title]} for operators' own picks.
 * In the group itself, or from a one-to-one chat with {@code group=}.
 */
@Configuration(proxyBeanMethods = false)
class BriefGroupCommands {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Bean
    CommandHandler briefSchedule(BriefTarget target, BriefDispatcher dispatcher) {
        CommandSpec spec = CommandSpec.command("brief schedule")
                .alias("早报 时间")
                .arg(ArgSpec.positional("time", ArgType.TEXT, "时间如 08:30，或 off", "time like 08:30, or off"))
                .arg(ArgSpec.positional("zone", ArgType.TEXT, "时区", "time zone").optional())
                .arg(ArgSpec.option("lang", ArgType.TEXT, "zh 或 en", "zh or en"))
                .arg(BriefTarget.GROUP)
                .role(Role.OPERATOR)
                .mutating()
                .help("设置本群早报的发送时间和时区（默认 Asia/Shanghai），off 为停发",
                        "set this group's brief time and zone (default Asia/Shanghai); off stops it")
                .build();
        return handler(spec, (context, args) -> {
            BriefGroup group = target.of(context, args);
            String when = args.text("time").strip();
            BriefGroup changed;
            if (when.equalsIgnoreCase("off") || when.equals("关闭")) {
                changed = group.withEnabled(false);
            } else {
                changed = group.withSchedule(time(when), args.optionalText("zone").map(BriefGroupCommands::zone)
                        .orElse(group.zone())).withEnabled(true);
            }
            if (args.has("lang")) {
                changed = changed.withLang(switch (args.text("lang").toLowerCase(Locale.ROOT)) {
                    case "zh", "中文" -> Lang.ZH;
                    case "en", "english" -> Lang.EN;
                    default -> throw new BadArgumentException(Text.of("lang 只能是 zh 或 en", "lang is zh or en"));
                });
            }
            dispatcher.configure(changed);
            var next = changed.nextSend(context.now());
            return Reply.of("brief/scheduled", "group", changed.name(), "enabled", changed.enabled(),
                    "time", HH_MM.format(changed.time()), "zone", changed.zone().getId(),
                    "next", next.toLocalDate() + " " + HH_MM.format(next))
                    .withAudit(changed.id() + " brief " + (changed.enabled() ? HH_MM.format(changed.time()) + " " + changed.zone() : "off"));
        });
    }

    @Bean
    CommandHandler briefKeywords(BriefTarget target, BriefDispatcher dispatcher) {
        CommandSpec spec = CommandSpec.command("brief keywords")
                .alias("早报 关键词")
                .arg(ArgSpec.positional("keywords", ArgType.TEXT, "关键词，逗号分隔；clear 清空", "keywords, comma-separated; clear")
                        .optional().restOfLine())
                .arg(BriefTarget.GROUP)
                .role(Role.OPERATOR)
                .mutating()
                .help("设置本群早报的关键词（只选含关键词的资讯，按命中数和新鲜度排序）；不带参数查看",
                        "set this group's brief keywords (only matching headlines, ranked by hits and recency); none shows them")
                .build();
        return handler(spec, (context, args) -> {
            BriefGroup group = target.of(context, args);
            if (args.has("keywords")) {
                String raw = args.text("keywords").strip();
                List<String> words = raw.equalsIgnoreCase("clear") || raw.equals("清空") ? List.of()
                        : ((List<?>) ArgType.LIST.parse(raw)).stream().map(Object::toString)
                        .map(k -> k.replace(",", "")).filter(k -> !k.isBlank()).limit(20).toList();
                group = dispatcher.configure(group.withKeywords(words));
            }
            return Reply.of("brief/keywords", "group", group.name(), "keywords", group.keywords(), "cap", group.cap());
        });
    }

    @Bean
    CommandHandler briefPreview(BriefTarget target, BriefDispatcher dispatcher) {
        CommandSpec spec = CommandSpec.command("brief preview")
                .alias("早报 预览")
                .arg(BriefTarget.GROUP)
                .role(Role.OPERATOR)
                .help("预览本群此刻会发出的早报", "preview exactly what this group's brief would be now")
                .build();
        return handler(spec, (context, args) -> {
            BriefGroup group = target.of(context, args);
            return Reply.of("brief/preview", "text", dispatcher.preview(group.id()).orElse(""));
        });
    }

    @Bean
    CommandHandler briefNow(BriefTarget target, BriefDispatcher dispatcher, BriefStore store) {
        CommandSpec spec = CommandSpec.command("brief now")
                .alias("早报 立即发送")
                .arg(BriefTarget.GROUP)
                .role(Role.OPERATOR)
                .mutating()
                .help("立即发送本群今天的早报（今天已发过则不再发）", "send this group's brief for today now (not if it already went)")
                .build();
        return handler(spec, (context, args) -> {
            BriefGroup group = target.of(context, args);
            BriefDispatcher.NowOutcome outcome = dispatcher.sendNow(group.id());
            return Reply.of("brief/now", "group", group.name(), "outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .withAudit(outcome == BriefDispatcher.NowOutcome.QUEUED ? group.id() + " brief now" : null);
        });
    }

    @Bean
    CommandHandler briefAdd(BriefStore store) {
        CommandSpec spec = CommandSpec.command("brief add")
                .alias("早报 添加")
                .arg(ArgSpec.positional("url", ArgType.TEXT, "链接", "link"))
                .arg(ArgSpec.positional("title", ArgType.TEXT, "标题", "title").optional().restOfLine())
                .role(Role.OPERATOR)
                .mutating()
                .help("把一条资讯放进下一期早报（置顶，每个群只发一次）", "put a headline in the next briefs (on top, once per group)")
                .build();
        return handler(spec, (context, args) -> {
            String url = feedUrl(args.text("url"));
            String title = args.optionalText("title").filter(t -> !t.isBlank()).orElse(url);
            store.addCurated(FeedItem.curated(url, title, context.now()));
            return Reply.of("brief/curated", "title", FeedItem.curated(url, title, context.now()).title(), "url", url).withAudit("curated " + url);
        });
    }

    private static LocalTime time(String raw) {
        String t = raw.replace('：', ':');
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t, HH_MM);
        } catch (DateTimeException e) {
            throw new BadArgumentException(Text.of("时间应为 HH:mm，如 08:30", "the time is HH:mm, e.g. 08:30"));
        }
    }

    private static ZoneId zone(String raw) {
        try {
            return ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            throw new BadArgumentException(Text.of("不认识的时区「" + raw + "」，如 Asia/Shanghai",
                    "unknown time zone '" + raw + "', e.g. Asia/Shanghai"));
        }
    }
}
