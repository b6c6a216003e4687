package com.daren.bot.crm;

import com.daren.access.Role;
import com.daren.channel.Channel;
import com.daren.channel.InboundMessage;
import com.daren.command.CommandContext;
import com.daren.command.Lang;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerQuery;
import com.daren.crm.InfluencerStore;
import com.daren.crm.Platform;
import com.daren.template.MessageTemplates;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What {@code /daren list} says about the count: the total and the pages when the search counted every match, and
 * "at least" (with no page count, but still the next page) when it stopped counting a big combination of filters.
 * The store is a stand-in here; {@code InfluencerSearchTest} specifies which counts are exact.
 */
class DarenListReplyTest {

    private static final MessageTemplates TEMPLATES = MessageTemplates.fromClasspathAndFolder(null);
    private static final String TYPED = "/daren list owner=op3 status=contacted";

    private final InfluencerStore store = mock(InfluencerStore.class);
    private final DarenListCommand command = new DarenListCommand(store);

    @Test
    void anUncountedCombinationSaysAtLeastAndOffersTheNextPage() {
        String zh = answer(Lang.ZH, new InfluencerQuery.Page(tenInfluencers(), 11, false, 1, 10));

        assertThat(zh).startsWith("达人至少 11 位（第 1 页；精确总数：/daren count 加同样的条件）").doesNotContain("第 1/")
                .contains("下一页：" + TYPED + " page=2");
        assertThat(answer(Lang.EN, new InfluencerQuery.Page(tenInfluencers(), 11, false, 1, 10)))
                .startsWith("At least 11 influencers (page 1; exact number: /daren count with the same filters)").contains("Next: " + TYPED + " page=2");
    }

    @Test
    void aCountedListShowsTheTotalAndThePagesAndNoNextPageOnTheLast() {
        String zh = answer(Lang.ZH, new InfluencerQuery.Page(tenInfluencers().subList(0, 2), 12, true, 2, 10));

        assertThat(zh).startsWith("达人 12 位（第 2/2 页）").doesNotContain("至少").doesNotContain("下一页");
    }

    private String answer(Lang lang, InfluencerQuery.Page page) {
        when(store.query(any())).thenReturn(page);
        InboundMessage message = InboundMessage.text(Channel.WECOM, "m1", "op", null, TYPED, Instant.EPOCH);
        CommandContext context = new CommandContext(message, Role.OPERATOR, Optional.empty(), lang, null, Instant.EPOCH);
        Reply reply = command.handle(context, ParsedArgs.of(Map.of("owner", List.of("op3"), "status", List.of("contacted"),
                "page", (long) page.page())));
        return TEMPLATES.render(reply.template(), lang, reply.model());
    }

    private static List<Influencer> tenInfluencers() {
        List<Influencer> list = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            list.add(Influencer.builder(Platform.DOUYIN, "h" + i).id(Integer.toString(i)).name("n" + i)
                    .followers(5_000).createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH).version("v").build());
        }
        return list;
    }
}
