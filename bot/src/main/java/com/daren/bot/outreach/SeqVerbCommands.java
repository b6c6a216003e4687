package com.daren.bot.outreach;

import com.daren.access.Role;
import com.daren.bot.crm.InfluencerFields;
import com.daren.bot.crm.InfluencerLookup;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.CommandContext;
import com.daren.command.CommandHandler;
import com.daren.command.CommandSpec;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.Influencer;
import com.daren.outreach.Enrollment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.BiFunction;

/**
 * {@code /seq stop|pause|resume|done @a}: the same shape four times, so declared together; each keeps its own
 * spec (name, aliases, help) and its own verb on {@link EnrollmentControl}.
 */
@Configuration(proxyBeanMethods = false)
class SeqVerbCommands {

    @Bean
    CommandHandler seqStop(EnrollmentControl control, InfluencerLookup lookup) {
        return verb("seq stop", new String[] {"序列 停止", "跟进 停止"}, "停止此达人的跟进序列", "stop the influencer's sequence",
                true, lookup, (i, args) -> control.stop(i, args.optionalText("reason").orElse("")), "seq/stopped");
    }

    @Bean
    CommandHandler seqPause(EnrollmentControl control, InfluencerLookup lookup) {
        return verb("seq pause", new String[] {"序列 暂停", "跟进 暂停"}, "暂停跟进（/seq resume 继续）",
                "pause the sequence (/seq resume continues)", false, lookup, (i, args) -> control.pause(i), "seq/paused");
    }

    @Bean
    CommandHandler seqResume(EnrollmentControl control, InfluencerLookup lookup) {
        return verb("seq resume", new String[] {"序列 继续", "跟进 继续"}, "继续已暂停的跟进，当前这一步会在发送时段内发出",
                "resume a paused sequence; the current step goes out within the send window", false, lookup,
                (i, args) -> control.resume(i), "seq/resumed");
    }

    @Bean
    CommandHandler seqDone(EnrollmentControl control, InfluencerLookup lookup) {
        return verb("seq done", new String[] {"序列 完成", "跟进 完成"}, "人工步骤（如寄样）已完成，继续下一步",
                "a manual step (e.g. samples) is done; go on", false, lookup, (i, args) -> control.done(i), "seq/done");
    }

    private static CommandHandler verb(String name, String[] aliases, String zh, String en, boolean withReason,
                                       InfluencerLookup lookup, BiFunction<Influencer, ParsedArgs, Enrollment> action,
                                       String template) {
        CommandSpec.Builder b = CommandSpec.command(name).alias(aliases)
                .arg(ArgSpec.positional("handle", ArgType.HANDLE, "账号", "handle"));
        if (withReason) {
            b.arg(ArgSpec.positional("reason", ArgType.TEXT, "原因", "reason").optional().restOfLine());
        }
        CommandSpec spec = b.arg(InfluencerFields.PLATFORM).role(Role.OPERATOR).mutating().help(zh, en).build();
        return new CommandHandler() {
            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public Reply handle(CommandContext context, ParsedArgs args) {
                Influencer influencer = lookup.one(args);
                Enrollment e = action.apply(influencer, args);
                return Reply.of(template, "handle", influencer.handle(), "sequence", e.sequence(),
                        "step", e.step() + 1, "state", e.state().zh(), "stateEn", e.state().id())
                        .withAudit("enrolment " + e.id() + " → " + e.state().id());
            }
        };
    }
}
