package com.daren.bot.community;

import com.daren.access.Role;
import com.daren.bot.community.welcome.WelcomeBatcher;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.command.Text;
import com.daren.community.Group;
import com.daren.community.GroupStore;
import com.daren.template.TemplateRenderingException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code /group welcome [欢迎语…] [template=] [group=]}: previews the welcome, or sets the group's own text (used
 * instead of the template's default line) or template; {@code /group welcome 默认} goes back to the default.
 */
@Component
class GroupWelcomeCommand implements CommandHandler {

    private static final CommandSpec SPEC = CommandSpec.command("group welcome").alias("群 欢迎语")
            .arg(ArgSpec.positional("text", ArgType.TEXT, "欢迎语", "welcome text").optional().restOfLine())
            .arg(ArgSpec.option("template", ArgType.TEXT, "模板", "template").alias("模板"))
            .arg(GroupRefs.GROUP)
            .role(Role.OPERATOR)
            .mutating()
            .help("预览或设置入群欢迎语（自动 @新成员并附群规；默认 = 恢复默认）",
                    "preview or set the welcome (it @-mentions newcomers and adds the rules; 'default' resets it)")
            .build();

    private final GroupStore groups;
    private final GroupRefs refs;
    private final WelcomeBatcher welcome;

    GroupWelcomeCommand(GroupStore groups, GroupRefs refs, WelcomeBatcher welcome) {
        this.groups = groups;
        this.refs = refs;
        this.welcome = welcome;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(CommandContext context, ParsedArgs args) {
        Group g = refs.target(context, args);
        boolean changed = args.has("text") || args.has("template");
        if (changed) {
            String text = args.optionalText("text").orElse(g.welcomeText());
            if (text.equals("默认") || text.equalsIgnoreCase("default")) {
                text = "";
            }
            String template = args.optionalText("template").map(t -> t.startsWith("community/") ? t : "community/" + t)
                    .orElse(g.welcomeTemplate());
            Group candidate = g.withWelcome(template, text);
            preview(candidate);
            g = groups.update(g.id(), x -> x.withWelcome(candidate.welcomeTemplate(), candidate.welcomeText()));
        }
        Reply reply = Reply.of("community/welcome-preview", "group", g.name(), "preview", preview(g), "changed", changed);
        return changed ? reply.withAudit(g.id() + " welcome: " + g.welcomeTemplate() + " " + g.welcomeText()) : reply;
    }

    private String preview(Group g) {
        try {
            return welcome.render(g, List.<String[]>of(new String[]{"new", "新成员"}));
        } catch (TemplateRenderingException | IllegalArgumentException e) {
            throw new BadArgumentException(Text.of("模板 " + g.welcomeTemplate() + " 无法使用",
                    "template " + g.welcomeTemplate() + " cannot be used"));
        }
    }
}
