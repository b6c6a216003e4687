package com.daren.brief;

import com.daren.command.Lang;
import com.daren.template.MessageTemplates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One group's brief from the shared pool: drop what the group was already sent (on earlier days too), keep items
 * matching its keywords (all items when it has none; curated ones always), rank by keyword hits plus recency,
 * cap, and render {@code brief/brief} with the date, the tip of the day and the group's reminders.
 */
public class BriefComposer {

    /** What goes out, and what it is made of. */
    public record Brief(String text, List<FeedItem> items, List<String> itemKeys, Map<String, String> failingSources) {
    }

    private final BriefPool pool;
    private final BriefStore store;
    private final GroupAgenda agenda;
    private final MessageTemplates templates;
    private final BriefSettings settings;

    public BriefComposer(BriefPool pool, BriefStore store, GroupAgenda agenda, MessageTemplates templates,
                         BriefSettings settings) {
        this.pool = pool;
        this.store = store;
        this.agenda = agenda;
        this.templates = templates;
        this.settings = settings;
    }

    public Brief compose(BriefGroup group, LocalDate date, Instant now) {
        BriefPool.Pool current = pool.current();
        List<FeedItem> picked = pick(current.items(), group, store.shown(group.id()), now, settings.maxAge());
        List<String> keys = new ArrayList<>();
        for (FeedItem i : picked) {
            keys.add(ItemKeys.urlKey(i));
            String t = ItemKeys.titleKey(i);
            if (!t.isEmpty()) {
                keys.add(t);
            }
        }
        String text = render(group, date, picked, agenda.today(group.id(), date, group.zone()));
        return new Brief(text, picked, keys, current.failing());
    }

    public static List<FeedItem> pick(List<FeedItem> pool, BriefGroup group, Set<String> shown, Instant now, Duration maxAge) {
        record Scored(FeedItem item, double score) {
        }
        List<String> keywords = group.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        List<Scored> scored = new ArrayList<>();
        for (FeedItem item : pool) {
            if (shown.contains(ItemKeys.urlKey(item)) || shown.contains(ItemKeys.titleKey(item))) {
                continue;
            }
            int hits = 0;
            if (!keywords.isEmpty()) {
                String hay = (item.title() + " " + item.summary() + " " + item.topic()).toLowerCase(Locale.ROOT);
                for (String k : keywords) {
                    if (hay.contains(k)) {
                        hits++;
                    }
                }
                if (hits == 0 && !item.curated()) {
                    continue;
                }
            }
            double age = Math.max(0, Duration.between(item.at(), now).toMinutes()) / (double) Math.max(1, maxAge.toMinutes());
            double recency = Math.max(0, 1 - age);
            scored.add(new Scored(item, (item.curated() ? 100 : 0) + hits + recency));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored.stream().limit(group.cap()).map(Scored::item).toList();
    }

    /** The brief's text for these items (the template, the date, the tip of the day, the notes). */
    public String render(BriefGroup group, LocalDate date, List<FeedItem> items, List<String> notes) {
        Lang lang = group.lang();
        List<Map<String, Object>> lines = new ArrayList<>();
        int n = 1;
        for (FeedItem i : items) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("n", n++);
            line.put("title", i.title());
            line.put("link", settings.linkBase().isEmpty() ? i.url() : settings.linkBase() + BriefPool.shortCode(i));
            line.put("topic", i.topic());
            lines.add(line);
        }
        List<String> tips = settings.tips();
        String tip = tips.isEmpty() ? "" : tips.get((int) Math.floorMod(date.toEpochDay(), (long) tips.size()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("date", lang == Lang.ZH ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
                : date.toString());
        model.put("weekday", date.getDayOfWeek().getDisplayName(TextStyle.FULL, lang.locale()));
        model.put("items", lines);
        model.put("tip", tip);
        model.put("notes", notes);
        return templates.render("brief/brief", lang, model);
    }
}
