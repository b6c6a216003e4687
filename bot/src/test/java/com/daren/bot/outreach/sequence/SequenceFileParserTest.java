package com.daren.bot.outreach.sequence;

import com.daren.outreach.SendWindow;
import com.daren.outreach.SequenceDefinition;
import com.daren.outreach.StepChannel;
import com.daren.outreach.StepDefinition;
import com.daren.template.MessageTemplates;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every mistake in a sequence file is refused with the file, the line and what is wrong. */
class SequenceFileParserTest {

    private static final String FILE = "config/sequences/foo.yml";

    /** Line numbers matter below: step 2's delay is on line 12. */
    private static final String VALID = """
            name: foo
            description: 测试
            window:
              start: "09:30"
              end: "21:00"
              zone: Asia/Shanghai
            steps:
              - name: intro
                delay: P0D
                template: outreach/intro
              - name: follow-up
                delay: P3D
                template: outreach/follow-up
            final:
              after: P7D
              action: mark_unresponsive
            """;

    private final SequenceFileParser parser =
            new SequenceFileParser(new TemplateProbe(MessageTemplates.fromClasspathAndFolder(null)));

    private SequenceDefinition parse(String yaml) {
        return parser.parse(FILE, new StringReader(yaml)).sequence();
    }

    private void assertRefused(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(InvalidSequenceException.class).hasMessage(message);
    }

    @Test
    void aValidFileGivesTheSequenceWithDefaultsFilledIn() {
        SequenceDefinition seq = parse(VALID);
        assertThat(seq.name()).isEqualTo("foo");
        assertThat(seq.source()).isEqualTo(FILE);
        assertThat(seq.window()).isEqualTo(SendWindow.DEFAULT);
        assertThat(seq.steps()).extracting(StepDefinition::index, StepDefinition::delay, StepDefinition::channel,
                        StepDefinition::fallback)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, Duration.ZERO, StepChannel.PRIMARY,
                                StepDefinition.Fallback.WAIT),
                        org.assertj.core.groups.Tuple.tuple(1, Duration.ofDays(3), StepChannel.PRIMARY,
                                StepDefinition.Fallback.WAIT));
        assertThat(seq.finalDelay()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void withoutWindowOrFinalTheDefaultWindowAppliesAndTheSequenceJustEnds() {
        SequenceDefinition seq = parse("""
                name: bare
                steps:
                  - { name: only, business-days: 2, template: outreach/intro }
                """);
        assertThat(seq.window()).isEqualTo(SendWindow.DEFAULT);
        assertThat(seq.steps().get(0).businessDays()).isEqualTo(2);
        assertThat(seq.finalAction()).isEqualTo(SequenceDefinition.FinalAction.NONE);
        assertThat(seq.finalDelay()).isZero();
    }

    @Test
    void aWindowMayOpenOnWeekendsOrAllDay() {
        SendWindow weekends = parse(VALID.replace("  zone: Asia/Shanghai", "  zone: Europe/Berlin\n  weekends: true"))
                .window();
        assertThat(weekends.weekends()).isTrue();
        assertThat(weekends.zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(weekends.start()).isEqualTo(LocalTime.of(9, 30));
        SendWindow allDay = parse(VALID.replace("  start: \"09:30\"\n  end: \"21:00\"\n", "  all-day: true\n")).window();
        assertThat(allDay.allDay()).isTrue();
    }

    @Test
    void aBadDurationNamesFileLineStepAndTheValue() {
        assertRefused(VALID.replace("delay: P3D", "delay: 3 days"), "config/sequences/foo.yml line 12: "
                + "step 2 \"delay\" must be an ISO-8601 duration such as P3D or PT30S (was \"3 days\")");
    }

    @Test
    void aNegativeDelayIsRefused() {
        assertRefused(VALID.replace("delay: P3D", "delay: -P1D"),
                FILE + " line 12: step 2 \"delay\" must not be negative (was \"-P1D\")");
    }

    @Test
    void aStepNeedsExactlyOneOfDelayAndBusinessDays() {
        assertRefused(VALID.replace("    delay: P3D\n", "    delay: P3D\n    business-days: 2\n"),
                FILE + " line 13: step 2 has both \"delay\" and \"business-days\"; give one of them");
        assertRefused(VALID.replace("    delay: P3D\n", ""),
                FILE + " line 11: step 2 needs \"delay\" (such as P3D) or \"business-days\" (such as 2)");
        assertRefused(VALID.replace("delay: P3D", "business-days: two"),
                FILE + " line 12: step 2 \"business-days\" must be a whole number of at least 0 (was \"two\")");
    }

    @Test
    void anUnknownChannelListsTheKnownOnes() {
        assertRefused(VALID.replace("    delay: P3D\n", "    delay: P3D\n    channel: sms\n"),
                FILE + " line 13: step 2 \"channel\" must be one of primary, second, wecom_external, mp, sim (was \"sms\")");
    }

    @Test
    void aMissingTemplateSaysWhereItWasLookedFor() {
        assertRefused(VALID.replace("outreach/follow-up", "outreach/nope"), FILE + " line 13: step 2 \"template\" "
                + "outreach/nope does not exist (looked for templates/outreach/nope.ftl)");
        assertRefused(VALID.replace("outreach/follow-up", "outreach/follow-up.ftl"), FILE + " line 13: step 2 "
                + "\"template\" must be a template name such as outreach/intro, without .ftl (was \"outreach/follow-up.ftl\")");
    }

    @Test
    void aTemplateThatDoesNotRenderWithTheDispatchersModelIsRefused() {
        MessageTemplates broken = MessageTemplates.fromStrings(Map.of(
                "outreach/intro.ftl", "${name} ${nickname}", "outreach/intro_en.ftl", "${name}",
                "outreach/follow-up.ftl", "${name}", "outreach/follow-up_en.ftl", "${name}"));
        SequenceFileParser strict = new SequenceFileParser(new TemplateProbe(broken));
        assertThatThrownBy(() -> strict.parse(FILE, new StringReader(VALID)))
                .hasMessageStartingWith(FILE + " line 10: step 1 \"template\" outreach/intro does not render with a "
                        + "sample influencer: ")
                .hasMessageContaining("nickname");
    }

    @Test
    void anUnknownKeyIsAnErrorWithASuggestion() {
        assertRefused(VALID.replace("delay: P3D", "dealy: P3D"), FILE + " line 12: step 2 has an unknown key \"dealy\" "
                + "(did you mean \"delay\"?); known keys: name, delay, business-days, channel, template, variants, "
                + "fallback, manual");
        assertRefused(VALID + "owner: zhangsan\n", FILE + " line 17: the file has an unknown key \"owner\"; "
                + "known keys: name, description, window, steps, final");
        assertRefused(VALID.replace("  zone:", "  timezone:"), FILE + " line 6: window has an unknown key "
                + "\"timezone\"; known keys: start, end, zone, weekends, all-day");
    }

    @Test
    void aRepeatedKeyIsAnError() {
        assertRefused(VALID.replace("    delay: P3D\n", "    delay: P3D\n    delay: P4D\n"),
                FILE + " line 13: step 2 has \"delay\" twice");
    }

    @Test
    void aSequenceNeedsAValidNameAndAtLeastOneStep() {
        assertRefused(VALID.replace("name: foo", "name: Foo Bar"),
                FILE + " line 1: \"name\" must be lower-case letters, digits and '-' (was \"Foo Bar\")");
        assertRefused(VALID.replace("name: foo\n", ""), FILE + " line 1: the file needs \"name\" such as first-contact");
        assertRefused("name: foo\nsteps: []\n", FILE + " line 2: \"steps\" must list at least one step");
        assertRefused("name: foo\nsteps:\n", FILE + " line 2: \"steps\" must be a list of steps");
        assertRefused("name: foo\n", FILE + " line 1: the file needs \"steps\", a list with at least one step");
        assertRefused("", FILE + " line 1: the file is empty; a sequence needs a name and steps");
    }

    @Test
    void stepNamesMustBeUnique() {
        assertRefused(VALID.replace("name: follow-up", "name: intro"), FILE + " line 11: step 2 is named \"intro\" "
                + "like an earlier step; step names must be unique in a sequence");
    }

    @Test
    void aBadWindowIsRefused() {
        assertRefused(VALID.replace("\"21:00\"", "\"08:00\""), FILE + " line 5: window \"start\" (09:30) must be before "
                + "\"end\" (08:00); for a window open around the clock write all-day: true");
        assertRefused(VALID.replace("\"09:30\"", "half past nine"),
                FILE + " line 4: window \"start\" must be a time HH:mm such as 09:30 (was \"half past nine\")");
        assertRefused(VALID.replace("Asia/Shanghai", "Beijing"),
                FILE + " line 6: window \"zone\" must be a time zone such as Asia/Shanghai (was \"Beijing\")");
        assertRefused(VALID.replace("  zone: Asia/Shanghai", "  zone: Asia/Shanghai\n  all-day: true"),
                FILE + " line 4: window \"start\" has no meaning with all-day: true (an all-day window is open around "
                        + "the clock, every day)");
        assertRefused(VALID.replace("  zone: Asia/Shanghai", "  weekends: sometimes"),
                FILE + " line 6: window \"weekends\" must be true or false (was \"sometimes\")");
    }

    @Test
    void variantsNeedPositiveWeightsAndExistingTemplates() {
        String withVariants = VALID.replace("    template: outreach/intro\n", """
                    variants:
                      - { name: A, template: outreach/intro, weight: 50 }
                      - { name: B, template: outreach/intro-short, weight: 50 }
                """);
        StepDefinition intro = parse(withVariants).steps().get(0);
        assertThat(intro.variants()).extracting(StepDefinition.Variant::name).containsExactly("A", "B");
        assertThat(intro.template()).as("defaults to the first variant's").isEqualTo("outreach/intro");
        assertRefused(withVariants.replace("weight: 50 }\n  - name: follow-up", "weight: 0 }\n  - name: follow-up"),
                FILE + " line 12: step 1 variant 2 \"weight\" must be a whole number of at least 1 (was \"0\")");
        assertRefused(withVariants.replace("outreach/intro-short", "outreach/intro-long"), FILE + " line 12: step 1 "
                + "variant 2 \"template\" outreach/intro-long does not exist (looked for templates/outreach/intro-long.ftl)");
        assertRefused(withVariants.replace("name: B", "name: A"),
                FILE + " line 12: step 1 variant 2 is named \"A\" like an earlier variant of the step");
        assertRefused(withVariants.replace("weight: 50 }\n  - name: follow-up", "}\n  - name: follow-up"),
                FILE + " line 12: step 1 variant 2 needs \"weight\" above 0, such as 50");
    }

    @Test
    void aManualStepIsATaskForTheOwnerWithoutChannel() {
        StepDefinition task = parse(VALID.replace("    template: outreach/follow-up\n",
                "    template: outreach/task-samples\n    manual: true\n")).steps().get(1);
        assertThat(task.manual()).isTrue();
        assertRefused(VALID.replace("    template: outreach/follow-up\n",
                        "    template: outreach/task-samples\n    manual: true\n    channel: mp\n"),
                FILE + " line 15: step 2 is manual (a task for the owner, who is reminded with its template); "
                        + "\"channel\" does not apply to it");
    }

    @Test
    void aBadFinalOrFallbackIsRefused() {
        assertRefused(VALID.replace("mark_unresponsive", "archive"),
                FILE + " line 16: final \"action\" must be mark_unresponsive or none (was \"archive\")");
        assertRefused(VALID.replace("  after: P7D\n", ""), FILE + " line 15: final needs \"after\" such as P7D");
        assertRefused(VALID.replace("    delay: P3D\n", "    delay: P3D\n    fallback: retry\n"),
                FILE + " line 13: step 2 \"fallback\" must be one of wait, other_channel, skip (was \"retry\")");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> parse(VALID.replace("    delay: P3D", "    delay: [P3D")))
                .isInstanceOf(InvalidSequenceException.class)
                .hasMessageStartingWith(FILE + " line 13: not valid YAML: ");
        assertRefused("- just\n- a list\n", FILE + " line 1: the file must be a mapping with name, steps …");
    }
}
