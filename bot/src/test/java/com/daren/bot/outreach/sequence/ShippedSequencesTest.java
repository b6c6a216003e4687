package com.daren.bot.outreach.sequence;

import com.daren.command.Lang;
import com.daren.outreach.OutreachDispatcher;
import com.daren.outreach.SendWindow;
import com.daren.outreach.SequenceDefinition;
import com.daren.outreach.StepChannel;
import com.daren.outreach.StepDefinition;
import com.daren.template.MessageTemplates;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sequences shipped in config/sequences/ load and say what PRODUCT.md says. */
class ShippedSequencesTest {

    private static final MessageTemplates TEMPLATES = MessageTemplates.fromClasspathAndFolder(null);
    private static final Map<String, SequenceDefinition> SHIPPED = new SequenceLoader(TEMPLATES).load(null);
    /** A Monday morning in Shanghai, so business days and the window do not get in the way. */
    private static final Instant ENROLLED = Instant.parse("2025-03-03T02:00:00Z");

    @Test
    void allThreeLoadFromTheClasspathNamedAfterTheirRepositoryFile() {
        assertThat(SHIPPED).containsOnlyKeys("demo-fast", "first-contact", "seeding");
        assertThat(SHIPPED.get("first-contact").source()).isEqualTo("config/sequences/first-contact.yml");
    }

    @Test
    void firstContactIsProductDefaultDays0_3_7_14() {
        SequenceDefinition seq = SHIPPED.get("first-contact");
        assertThat(seq.steps()).extracting(StepDefinition::name).containsExactly("intro", "follow-up", "last-call");
        assertThat(daysAfterEnrolment(seq)).containsExactly(0L, 3L, 7L, 14L);
        assertThat(seq.finalAction()).isEqualTo(SequenceDefinition.FinalAction.MARK_UNRESPONSIVE);
        assertThat(seq.window()).isEqualTo(SendWindow.DEFAULT);
        assertThat(seq.description()).contains("第14天");
    }

    @Test
    void firstContactTestsTwoIntrosAndEndsOnTheSecondChannel() {
        List<StepDefinition> steps = SHIPPED.get("first-contact").steps();
        assertThat(steps.get(0).variants()).containsExactly(
                new StepDefinition.Variant("A", "outreach/intro", 50),
                new StepDefinition.Variant("B", "outreach/intro-short", 50));
        assertThat(steps).extracting(StepDefinition::channel)
                .containsExactly(StepChannel.PRIMARY, StepChannel.PRIMARY, StepChannel.SECOND);
        assertThat(steps).extracting(StepDefinition::fallback).containsExactly(StepDefinition.Fallback.WAIT,
                StepDefinition.Fallback.WAIT, StepDefinition.Fallback.OTHER_CHANNEL);
        assertThat(steps).extracting(StepDefinition::index).containsExactly(0, 1, 2);
    }

    @Test
    void demoFastHasFirstContactsShapeWithinMinutesAroundTheClock() {
        SequenceDefinition demo = SHIPPED.get("demo-fast");
        SequenceDefinition real = SHIPPED.get("first-contact");
        assertThat(demo.steps()).extracting(StepDefinition::name, StepDefinition::channel, StepDefinition::template)
                .isEqualTo(real.steps().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.name(), s.channel(),
                        s.template())).toList());
        assertThat(demo.window().allDay()).isTrue();
        assertThat(demo.window().isOpen(Instant.parse("2025-03-08T18:00:00Z"))).as("Sunday 2 a.m. Shanghai").isTrue();
        assertThat(Duration.between(ENROLLED, timesAfterEnrolment(demo).get(3))).isLessThan(Duration.ofMinutes(5));
        assertThat(demo.description()).contains("演示");
    }

    @Test
    void seedingRemindsTheOwnerToSendSamplesBetweenIntroAndFollowUp() {
        SequenceDefinition seq = SHIPPED.get("seeding");
        assertThat(seq.steps()).extracting(StepDefinition::manual).containsExactly(false, true, false);
        assertThat(seq.steps()).extracting(StepDefinition::businessDays).containsExactly(0, 1, 5);
        assertThat(seq.steps().get(1).template()).isEqualTo("outreach/task-samples");
        assertThat(seq.steps().get(2).template()).isEqualTo("outreach/seeding-follow-up");
        assertThat(seq.finalAction()).isEqualTo(SequenceDefinition.FinalAction.NONE);
    }

    @Test
    void introsNameTheInfluencerAndSayHowToOptOut() {
        for (String template : List.of("outreach/intro", "outreach/intro-short", "outreach/last-call")) {
            String zh = TEMPLATES.render(template, Lang.ZH, TemplateProbe.SAMPLE);
            assertThat(zh).as(template).contains("林小鹿").contains("回复「退订」");
            assertThat(TEMPLATES.render(template, Lang.EN, TemplateProbe.SAMPLE)).as(template)
                    .contains("林小鹿").contains("unsubscribe");
        }
    }

    @Test
    void samplesTaskTellsTheOwnerWhatToTypeWhenDone() {
        assertThat(TEMPLATES.render("outreach/task-samples", Lang.ZH, TemplateProbe.SAMPLE))
                .isEqualTo("寄样提醒：请给 林小鹿（@xiaolu，小红书）寄样，完成后发送 /seq done @xiaolu");
    }

    private static List<Long> daysAfterEnrolment(SequenceDefinition seq) {
        return timesAfterEnrolment(seq).stream().map(t -> Duration.between(ENROLLED, t).toDays()).toList();
    }

    /** When each step and then the final action fall due, if every step goes out on time. */
    private static List<Instant> timesAfterEnrolment(SequenceDefinition seq) {
        List<Instant> times = new ArrayList<>();
        Instant at = ENROLLED;
        for (int i = 0; i <= seq.steps().size(); i++) {
            at = OutreachDispatcher.nextDue(seq, i, at);
            times.add(at);
        }
        return times;
    }
}
