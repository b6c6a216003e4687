package com.daren.bot.crm.io;

import com.daren.command.ArgSpec;
import com.daren.command.BadArgumentException;
import com.daren.command.Lang;
import com.daren.command.ParsedArgs;
import com.daren.command.Text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Values given as key → text (a sheet's columns, a request's query parameters or JSON fields) bound to declared
 * {@link ArgSpec}s, so commands, import and the API share one set of names and one set of parsing rules. A key
 * matches a spec's name, an alias, or its Chinese or English label, ignoring case, spaces, '_' and '-'.
 */
public final class FieldValues {

    private FieldValues() {
    }

    public static String normalize(String key) {
        return key.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-*]", "");
    }

    public static Optional<ArgSpec> match(List<ArgSpec> specs, String key) {
        String k = normalize(key);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        return specs.stream().filter(s -> names(s).contains(k)).findFirst();
    }

    static List<String> names(ArgSpec spec) {
        List<String> all = new java.util.ArrayList<>();
        all.add(spec.name());
        all.addAll(spec.aliases());
        all.add(spec.label(Lang.ZH));
        all.add(spec.label(Lang.EN));
        return all.stream().map(FieldValues::normalize).distinct().toList();
    }

    /** Converts every non-blank value; an unknown key or a bad value is a {@link BadArgumentException}. */
    public static ParsedArgs bind(List<ArgSpec> specs, Map<String, String> values) {
        Map<String, Object> converted = new HashMap<>();
        values.forEach((key, raw) -> {
            ArgSpec spec = match(specs, key).orElseThrow(() -> {
                String known = specs.stream().map(ArgSpec::name).collect(Collectors.joining(", "));
                return new BadArgumentException(Text.of("未知字段 " + key + "（可用：" + known + "）",
                        "unknown field " + key + " (known: " + known + ")"));
            });
            if (raw != null && !raw.isBlank()) {
                converted.put(spec.name(), convert(spec, raw));
            }
        });
        return ParsedArgs.of(converted);
    }

    /** One value by its spec's type; the problem names the field, as a command's usage error does. */
    public static Object convert(ArgSpec spec, String raw) {
        try {
            return spec.type().parse(raw);
        } catch (BadArgumentException e) {
            String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
            throw new BadArgumentException(Text.of(
                    spec.label(Lang.ZH) + "「" + shown + "」无效：" + e.problem().zh(),
                    spec.label(Lang.EN) + " '" + shown + "' is invalid: " + e.problem().en()));
        }
    }
}
