package com.daren.community;

import com.daren.channel.Channel;
import com.daren.testing.EmbeddedRedisExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(EmbeddedRedisExtension.class)
class GroupStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:30:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private GroupStore store;

    @BeforeEach
    void setUp(StringRedisTemplate redis) {
        store = new GroupStore(redis);
    }

    private static Group simGroup(String chat, String name) {
        return Group.bind(GroupChatType.SIM, chat, name, "op-zh", SHANGHAI, "op-zh", T0);
    }

    @Test
    void theIdIsStableAndDerivedFromChannelAndChat() {
        assertThat(Group.idFor(Channel.SIM, "g1")).isEqualTo(Group.idFor(Channel.SIM, "g1")).startsWith("sim-").hasSize(12);
        assertThat(Group.idFor(Channel.SIM, "g1")).isNotEqualTo(Group.idFor(Channel.WECOM, "g1"));
    }

    @Test
    void aBoundGroupIsFoundByIdChatAndName() {
        Group bound = store.bind(simGroup("g1", "美妆达人群"));

        assertThat(store.get(bound.id())).contains(bound);
        assertThat(store.findByChat(Channel.SIM, "g1")).contains(bound);
        assertThat(store.findByChat(Channel.WECOM, "g1")).isEmpty();
        assertThat(store.resolve("美妆达人群")).contains(bound);
        assertThat(store.resolve("g1")).contains(bound);
        assertThat(store.list()).containsExactly(bound);
    }

    @Test
    void bindingTheSameChatTwiceKeepsTheFirstGroup() {
        Group first = store.bind(simGroup("g1", "first"));
        Group again = store.bind(simGroup("g1", "second"));

        assertThat(again).isEqualTo(first);
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void updatesKeepEveryFieldAndMoveTheChatIndex() {
        Group g = store.bind(simGroup("g1", "a"));
        store.update(g.id(), x -> x.withRules("不发广告").withWelcome("community/welcome", "欢迎!").withTags(Set.of("beauty"))
                .withChat(GroupChatType.WECOM_CUSTOMER, "wrABC").withChat(GroupChatType.WECOM_ROBOT, "https://robot/x")
                .withOwner("op-en"));

        Group read = store.require(g.id());
        assertThat(read.rules()).isEqualTo("不发广告");
        assertThat(read.welcomeText()).isEqualTo("欢迎!");
        assertThat(read.tags()).containsExactly("beauty");
        assertThat(read.ownerId()).isEqualTo("op-en");
        assertThat(read.chat(GroupChatType.WECOM_ROBOT)).contains("https://robot/x");
        assertThat(store.findByChat(Channel.WECOM, "wrABC")).contains(read);
        assertThat(store.findByChat(Channel.WECOM, "https://robot/x")).isEmpty();
        assertThat(store.tagged("beauty")).containsExactly(read);

        store.update(g.id(), x -> x.withChat(GroupChatType.WECOM_CUSTOMER, null));
        assertThat(store.findByChat(Channel.WECOM, "wrABC")).isEmpty();
    }

    @Test
    void aChatBelongsToOneGroupOnly() {
        Group a = store.bind(simGroup("g1", "a"));
        Group b = store.bind(simGroup("g2", "b"));

        assertThatThrownBy(() -> store.update(b.id(), x -> x.withChat(GroupChatType.SIM, "g1")))
                .isInstanceOf(GroupChatTakenException.class);
        assertThat(store.findByChat(Channel.SIM, "g1").map(Group::id)).contains(a.id());
    }

    @Test
    void membersAreASetPerGroup() {
        Group g = store.bind(simGroup("g1", "a"));

        assertThat(store.addMember(g.id(), "lily")).isTrue();
        assertThat(store.addMember(g.id(), "lily")).isFalse();
        store.addMember(g.id(), "mia");
        assertThat(store.removeMember(g.id(), "mia")).isTrue();
        assertThat(store.members(g.id())).containsExactly("lily");
        store.replaceMembers(g.id(), List.of("a", "b"));
        assertThat(store.memberCount(g.id())).isEqualTo(2);
        assertThat(store.isMember(g.id(), "a")).isTrue();
    }

    @Test
    void updatingAnUnknownGroupSaysSo() {
        assertThatThrownBy(() -> store.update("sim-00000000", x -> x)).isInstanceOf(GroupNotFoundException.class);
    }
}
