package com.daren.command;

import com.daren.access.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything about a command, declared once: parsing, authorization, help and usage errors all come from here.
 *
 * @param name     the canonical phrase without the slash, e.g. {@code "daren add"}
 * @param aliases  other phrases that mean the same, e.g. {@code "达人 添加"}
 * @param mutating whether a successful run changes state (and goes to the audit log)
 * @param keywords bare words that run the command when a message is exactly that word, without a slash
 *                 (签到 in a group); each is also accepted as a phrase ({@code /签到})
 */
public record CommandSpec(String name, List<String> aliases, List<ArgSpec> args, Role minRole, Scope scope,
                          boolean mutating, Text help, List<String> keywords) {

    public CommandSpec {
        aliases = List.copyOf(aliases);
        keywords = List.copyOf(keywords);
        if (keywords.stream().anyMatch(k -> k.isBlank() || k.strip().contains(" ") || k.startsWith("/"))) {
            throw new IllegalArgumentException(name + ": a keyword is one word without a slash");
        }
        args = List.copyOf(args);
        long greedy = args.stream().filter(ArgSpec::greedy).count();
        if (greedy > 1 || (greedy == 1 && !args.stream().filter(ArgSpec::positional).reduce((a, b) -> b)
                .map(ArgSpec::greedy).orElse(false))) {
            throw new IllegalArgumentException(name + ": only the last positional argument may take the rest of the line");
        }
    }

    public static Builder command(String name) {
        return new Builder(name);
    }

    public List<String> phrases() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        all.addAll(keywords);
        return all;
    }

    /** The one-line usage, e.g. {@code /daren add <账号> platform=<平台> followers=<粉丝数> [tags=<标签>]}. */
    public String usage(Lang lang) {
        String argsText = args.stream().map(a -> a.usage(lang)).collect(Collectors.joining(" "));
        return ("/" + name + " " + argsText).strip();
    }

    public static final class Builder {
        private final String name;
        private final List<String> aliases = new ArrayList<>();
        private final List<ArgSpec> args = new ArrayList<>();
        private Role minRole = Role.OPERATOR;
        private Scope scope = Scope.ANYWHERE;
        private boolean mutating;
        private Text help = Text.of("", "");
        private final List<String> keywords = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder alias(String... phrases) {
            aliases.addAll(List.of(phrases));
            return this;
        }

        /** Bare words that run this command (no slash, no arguments): {@code .keyword("签到")}. */
        public Builder keyword(String... words) {
            keywords.addAll(List.of(words));
            return this;
        }

        public Builder arg(ArgSpec arg) {
            args.add(arg);
            return this;
        }

        public Builder args(List<ArgSpec> more) {
            args.addAll(more);
            return this;
        }

        public Builder role(Role role) {
            this.minRole = role;
            return this;
        }

        public Builder scope(Scope scope) {
            this.scope = scope;
            return this;
        }

        public Builder mutating() {
            this.mutating = true;
            return this;
        }

        public Builder help(String zh, String en) {
            this.help = Text.of(zh, en);
            return this;
        }

        public CommandSpec build() {
            return new CommandSpec(name, aliases, args, minRole, scope, mutating, help, keywords);
        }
    }
}
