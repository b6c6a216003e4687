package com.daren.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Matches the words and options the user typed to a spec's arguments and converts them. */
final class ArgBinder {

    private ArgBinder() {
    }

    static ParsedArgs bind(CommandSpec spec, List<String> positionals, Map<String, String> options) {
        Map<String, Object> values = new HashMap<>();
        List<ArgSpec> declaredPositionals = spec.args().stream().filter(ArgSpec::positional).toList();
        for (int i = 0; i < declaredPositionals.size(); i++) {
            ArgSpec arg = declaredPositionals.get(i);
            if (i >= positionals.size()) {
                break;
            }
            String raw = arg.greedy() ? String.join(" ", positionals.subList(i, positionals.size())) : positionals.get(i);
            values.put(arg.name(), convert(arg, raw));
        }
        boolean lastIsGreedy = !declaredPositionals.isEmpty() && declaredPositionals.get(declaredPositionals.size() - 1).greedy();
        if (!lastIsGreedy && positionals.size() > declaredPositionals.size()) {
            String extra = String.join(" ", positionals.subList(declaredPositionals.size(), positionals.size()));
            throw new BadArgumentException(Text.of("多余的内容：" + extra, "unexpected: " + extra));
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            ArgSpec arg = spec.args().stream()
                    .filter(a -> !a.positional() && a.answersTo(option.getKey()))
                    .findFirst()
                    .orElseThrow(() -> unknownOption(spec, option.getKey()));
            values.put(arg.name(), convert(arg, option.getValue()));
        }
        for (ArgSpec arg : spec.args()) {
            if (arg.mandatory() && !values.containsKey(arg.name())) {
                throw new BadArgumentException(Text.of("缺少" + arg.label(Lang.ZH), "missing " + arg.label(Lang.EN)));
            }
        }
        return new ParsedArgs(values);
    }

    private static Object convert(ArgSpec arg, String raw) {
        if (raw.isBlank()) {
            throw new BadArgumentException(Text.of(arg.label(Lang.ZH) + "不能为空", arg.label(Lang.EN) + " is empty"));
        }
        try {
            return arg.type().convert(raw);
        } catch (BadArgumentException e) {
            throw new BadArgumentException(Text.of(
                    arg.label(Lang.ZH) + "「" + raw + "」无效：" + e.problem().zh(),
                    arg.label(Lang.EN) + " '" + raw + "' is invalid: " + e.problem().en()));
        }
    }

    private static BadArgumentException unknownOption(CommandSpec spec, String key) {
        String known = spec.args().stream().filter(a -> !a.positional()).map(ArgSpec::name)
                .collect(Collectors.joining(", "));
        return new BadArgumentException(Text.of(
                "未知参数 " + key + (known.isEmpty() ? "" : "（可用：" + known + "）"),
                "unknown option " + key + (known.isEmpty() ? "" : " (known: " + known + ")")));
    }
}
