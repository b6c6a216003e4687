package com.daren.bot.outreach.sequence;

import com.daren.command.Lang;
import com.daren.template.MessageTemplates;
import com.daren.template.TemplateRenderingException;
import freemarker.template.TemplateNotFoundException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a template a sequence names exists and renders, in Chinese and English, with the same model
 * {@code OutreachDispatcher} gives it — so a broken template fails start-up, not a send at 09:30 on Monday.
 */
final class TemplateProbe {

    /** What OutreachDispatcher.render() puts in the model, with made-up values. */
    static final Map<String, Object> SAMPLE = Map.of("name", "林小鹿", "handle", "xiaolu", "platform", "小红书",
            "owner", "zhangsan", "variant", "A", "tags", List.of("美妆", "护肤"));

    private final MessageTemplates templates;
    private final Map<String, Optional<String>> checked = new HashMap<>();

    TemplateProbe(MessageTemplates templates) {
        this.templates = templates;
    }

    /** Empty when the template is fine; else what is wrong with it, to follow its name in a message. */
    Optional<String> problem(String template) {
        return checked.computeIfAbsent(template, this::check);
    }

    private Optional<String> check(String template) {
        for (Lang lang : Lang.values()) {
            String text;
            try {
                text = templates.render(template, lang, SAMPLE);
            } catch (TemplateRenderingException e) {
                if (e.getCause() instanceof TemplateNotFoundException) {
                    return Optional.of("does not exist (looked for templates/" + template + ".ftl)");
                }
                return Optional.of("does not render with a sample influencer"
                        + (lang == Lang.EN ? " in English" : "") + ": " + firstLines(e.getMessage()));
            }
            if (text.isBlank()) {
                return Optional.of("renders an empty message" + (lang == Lang.EN ? " in English" : ""));
            }
        }
        return Optional.empty();
    }

    /** FreeMarker's messages run to a dozen lines of tips; the first few say what is wrong and where. */
    private static String firstLines(String message) {
        StringBuilder out = new StringBuilder();
        for (String line : String.valueOf(message).split("\\R")) {
            if (line.startsWith("----")) {
                break;
            }
            if (!line.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        return out.length() > 300 ? out.substring(0, 300) + "…" : out.toString();
    }
}
