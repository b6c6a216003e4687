package com.daren.bot.brief;

import com.daren.access.Role;
import com.daren.brief.BriefStore;
import com.daren.brief.FeedRound;
import com.daren.brief.FeedSource;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Text;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code /brief source add|list|remove}: the RSS/Atom feeds every group's brief is picked from. */
@Configuration(proxyBeanMethods = false)
class BriefSourceCommands {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @Bean
    CommandHandler briefSourceAdd(BriefStore store, FeedRound round) {
        CommandSpec spec = CommandSpec.command("brief source add")
                .alias("早报 来源 添加")
                .arg(ArgSpec.positional("url", ArgType.TEXT, "订阅地址", "feed URL"))
                .arg(ArgSpec.positional("topic", ArgType.TEXT, "主题", "topic").optional().restOfLine())
                .role(Role.OPERATOR)
                .mutating()
                .help("添加早报资讯源（RSS/Atom），可带主题：/brief source add https://… 美妆",
                        "add a brief feed (RSS/Atom) with an optional topic: /brief source add https://… beauty")
                .build();
        return handler(spec, (context, args) -> {
            String url = feedUrl(args.text("url"));
            String topic = args.optionalText("topic").orElse("");
            int before = store.sources().size();
            FeedSource source = store.addSource(url, topic, context.actorId(), context.now());
            boolean existed = store.sources().size() == before;
            if (!existed) {
                round.requestRound();
            }
            return Reply.of("brief/source-added", "id", source.id(), "url", source.url(), "topic", source.topic(),
                    "existed", existed).withAudit(existed ? null : "source " + source.id() + " " + source.url());
        });
    }

    @Bean
    CommandHandler briefSourceList(BriefStore store, BriefProperties properties) {
        CommandSpec spec = CommandSpec.command("brief source list")
                .alias("早报 来源 列表", "brief sources")
                .role(Role.VIEWER)
                .help("列出早报资讯源及最近一次抓取结果", "list the brief's feeds and how their last fetch went")
                .build();
        return handler(spec, (context, args) -> {
            var sources = store.sources().stream().map(s -> {
                var cache = store.feedCache(s.id());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", s.id());
                row.put("url", s.url());
                row.put("topic", s.topic());
                row.put("items", cache.items().size());
                row.put("fetched", cache.fetchedAt() == null ? "" : SHORT.format(cache.fetchedAt().atZone(properties.defaultZone())));
                row.put("error", cache.error());
                return row;
            }).toList();
            return Reply.of("brief/sources", "sources", sources);
        });
    }

    @Bean
    CommandHandler briefSourceRemove(BriefStore store) {
        CommandSpec spec = CommandSpec.command("brief source remove")
                .alias("早报 来源 删除")
                .arg(ArgSpec.positional("id", ArgType.TEXT, "来源编号", "source id"))
                .role(Role.OPERATOR)
                .mutating()
                .help("删除早报资讯源（编号见 /brief source list）", "remove a brief feed (ids in /brief source list)")
                .build();
        return handler(spec, (context, args) -> {
            String id = args.text("id").toLowerCase(Locale.ROOT);
            String sid = id.startsWith("s") ? id : "s" + id;
            if (!store.removeSource(sid)) {
                throw new BadArgumentException(Text.of("没有资讯源 " + sid + "（/brief source list 查看）",
                        "no source " + sid + " (see /brief source list)"));
            }
            return Reply.of("brief/source-removed", "id", sid).withAudit("source " + sid + " removed");
        });
    }

    static String feedUrl(String raw) {
        try {
            URI uri = URI.create(raw.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && raw.length() <= 2000) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new BadArgumentException(Text.of("地址应以 http:// 或 https:// 开头", "the address must start with http:// or https://"));
    }

    interface Body {
        Reply handle(CommandContext context, ParsedArgs args);
    }

    static CommandHandler handler(CommandSpec spec, Body body) {
        return new CommandHandler() {
            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public Reply handle(CommandContext context, ParsedArgs args) {
                return body.handle(context, args);
            }
        };
    }
}
