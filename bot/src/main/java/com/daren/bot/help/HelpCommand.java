package com.daren.bot.help;

import com.daren.access.Role;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** {@code /help} lists what the asker may use; {@code /help <command>} shows one command's usage. */
@Component
class HelpCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("help")
            .alias("帮助", "?")
            .arg(ArgSpec.positional("command", ArgType.TEXT, "命令", "command").optional().restOfLine())
            .role(Role.GUEST)
            .help("查看可用命令，或某个命令的用法", "list commands, or show how to use one")
            .build();

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        if (args.has("command")) {
            String asked = args.text("command");
            return context.catalog().find(asked)
                    .map(spec -> Reply.of("help/command", "usage", spec.usage(context.lang()),
                            "help", spec.help().in(context.lang()),
                            "aliases", spec.aliases().stream().map(a -> "/" + a).toList(),
                            "needed", spec.minRole().label(context.lang() == com.daren.command.Lang.ZH),
                            "allowed", context.role().atLeast(spec.minRole())))
                    .orElseGet(() -> Reply.of("help/unknown", "asked", asked));
        }
        List<Map<String, String>> visible = context.catalog().specs().stream()
                .filter(spec -> context.role().atLeast(spec.minRole()))
                .map(spec -> Map.of("usage", spec.usage(context.lang()), "help", spec.help().in(context.lang())))
                .toList();
        return Reply.of("help/list", "commands", visible, "guest", context.role() == Role.GUEST);
    }
}
