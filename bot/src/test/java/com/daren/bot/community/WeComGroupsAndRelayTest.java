package com.daren.bot.community;

import com.daren.bot.callback.WeChatChannelsTestSupport;
import com.daren.bot.community.relay.RelaySignature;
import com.daren.community.Group;
import com.daren.community.GroupStore;
import com.daren.testkit.FakeWeChatServer;
import com.daren.testkit.FakeWeChatServer.CustomerGroup;
import com.daren.testkit.FakeWeChatServer.GroupMember;
import com.daren.testkit.RecordedSend;
import com.daren.testkit.WeComXml;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * WeCom customer groups kept in sync from real signed, encrypted change_external_chat callbacks (WxJava calling
 * groupchat/get on the fake WeChat API), welcomes posted through a group robot, and the signed relay endpoint.
 */
class WeComGroupsAndRelayTest extends WeChatChannelsTestSupport {

    @Autowired
    GroupStore groups;

    private HttpResponse<String> change(String chatId, String type, String detail, List<String> members) {
        return postWeCom(weCom.encryptedPost(WeComXml.changeExternalChat(CORP_ID, chatId, type, detail, members, now()),
                now(), nonce()));
    }

    @Test
    void aNewCustomerGroupIsBoundAndJoinsAndLeavesFollowItsChangeEvents() {
        String chatId = "wr" + uniqueId();
        WECHAT.putCustomerGroup(new CustomerGroup(chatId, "达人合作群", "operator",
                List.of(GroupMember.employee("operator"), GroupMember.customer("wmA", "小A")), 0));

        assertThat(change(chatId, "create", null, List.of()).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> groups.findByChat(com.daren.channel.Channel.WECOM, chatId).isPresent());
        Group group = groups.findByChat(com.daren.channel.Channel.WECOM, chatId).orElseThrow();
        assertThat(group.name()).isEqualTo("达人合作群");
        assertThat(group.ownerId()).isEqualTo("operator");
        assertThat(groups.members(group.id())).containsExactlyInAnyOrder("operator", "wmA");

        String robot = WECHAT.robotWebhook("k" + uniqueId());
        new GroupSim(port).say("operator", "/group bind wxgroup=" + chatId + " robot=" + robot);
        WECHAT.putCustomerGroup(new CustomerGroup(chatId, "达人合作群", "operator",
                List.of(GroupMember.employee("operator"), GroupMember.customer("wmA", "小A"),
                        GroupMember.customer("wmB", "小B"), GroupMember.customer("wmC", "小C")), 0));
        change(chatId, "update", "add_member", List.of("wmB", "wmC"));

        List<RecordedSend> posts = WECHAT.awaitSends(1, Duration.ofSeconds(20));
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.api()).isEqualTo(FakeWeChatServer.ROBOT);
            assertThat(p.content()).contains("@小B").contains("@小C").doesNotContain("@小A").contains("欢迎加入「达人合作群」");
            assertThat(p.rawJson()).contains("\"mentioned_list\":[\"wmB\",\"wmC\"]");
        });

        WECHAT.putCustomerGroup(new CustomerGroup(chatId, "达人合作群", "operator",
                List.of(GroupMember.employee("operator"), GroupMember.customer("wmA", "小A"), GroupMember.customer("wmC", "小C")), 0));
        change(chatId, "update", "del_member", List.of("wmB"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !groups.isMember(group.id(), "wmB"));

        WECHAT.dismissCustomerGroup(chatId);
        change(chatId, "dismiss", null, List.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> !groups.require(group.id()).active());
        assertThat(WECHAT.unknownRequests()).isEmpty();
    }

    @Test
    void groupSyncDiscoversEveryCustomerGroupPageByPage() {
        String prefix = "wrsync" + uniqueId();
        for (int i = 0; i < 3; i++) {
            WECHAT.putCustomerGroup(new CustomerGroup(prefix + i, "同步群" + i, "operator",
                    List.of(GroupMember.employee("operator")), 0));
        }
        String answer = new GroupSim(port).say("operator", "/group sync");
        assertThat(answer).contains("企业微信客户群");
        for (int i = 0; i < 3; i++) {
            assertThat(groups.findByChat(com.daren.channel.Channel.WECOM, prefix + i)).get()
                    .extracting(Group::name).isEqualTo("同步群" + i);
        }
    }

    // ---------------------------------------------------------------- the signed relay

    private HttpResponse<String> relay(String body, long timestamp, String signature) {
        return send(request("/api/relay/messages").header("Content-Type", "application/json")
                .header("X-Daren-Timestamp", Long.toString(timestamp)).header("X-Daren-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String sign(long ts, String body) {
        return RelaySignature.sign(RELAY_SECRET, Long.toString(ts), body.getBytes(StandardCharsets.UTF_8));
    }

    private Group relayGroup() {
        String chatId = "wrrelay" + uniqueId();
        new GroupSim(port).say("operator", "/group bind 中转群 wxgroup=" + chatId);
        return groups.findByChat(com.daren.channel.Channel.WECOM, chatId).orElseThrow();
    }

    private long messagesToday(Group g) {
        String s = redis.<String, String>opsForHash().get(com.daren.store.RedisKeys.groupDay(g.id(),
                java.time.LocalDate.now(g.zone()).toString()), "msgs");
        return s == null ? 0 : Long.parseLong(s);
    }

    @Test
    void aSignedRelayedMessageCountsInItsGroupAndAJoinIsRecorded() {
        Group g = relayGroup();
        long ts = now();
        String msg = "{\"chatId\":\"" + g.chat(com.daren.community.GroupChatType.WECOM_CUSTOMER).orElseThrow()
                + "\",\"sender\":\"wmX\",\"text\":\"请问寄样流程？\",\"msgId\":\"m" + uniqueId() + "\"}";
        HttpResponse<String> ok = relay(msg, ts, sign(ts, msg));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(messagesToday(g)).isEqualTo(1);

        String join = "{\"group\":\"" + g.id() + "\",\"sender\":\"wmY\",\"senderName\":\"小Y\",\"event\":\"join\"}";
        assertThat(relay(join, ts, sign(ts, join)).statusCode()).isEqualTo(200);
        assertThat(groups.isMember(g.id(), "wmY")).isTrue();
    }

    @Test
    void relayedMessagesAreModeratedAndAnsweredThroughTheGroupsRobot() {
        String chatId = "wrmod" + uniqueId();
        String robot = WECHAT.robotWebhook("k" + uniqueId());
        new GroupSim(port).say("operator", "/group bind 中转管理群 wxgroup=" + chatId + " robot=" + robot);
        long ts = now();
        String ad = "{\"chatId\":\"" + chatId + "\",\"sender\":\"wmAd\",\"text\":\"有需要代 开 发 票的私聊\",\"msgId\":\"m"
                + uniqueId() + "\"}";
        String question = "{\"chatId\":\"" + chatId + "\",\"sender\":\"wmAsk\",\"text\":\"请问怎么寄样？\",\"msgId\":\"m"
                + uniqueId() + "\"}";

        assertThat(relay(ad, ts, sign(ts, ad)).statusCode()).isEqualTo(200);
        assertThat(relay(question, ts, sign(ts, question)).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(WECHAT.sent())
                .filteredOn(p -> p.api().equals(FakeWeChatServer.ROBOT))
                .anySatisfy(p -> assertThat(p.content()).contains("请注意").contains("代 开 发 票"))
                .anySatisfy(p -> assertThat(p.content()).contains("@wmAsk").contains("寄样：合作确认后")));
    }

    @Test
    void aBadSignatureAStaleTimestampOrAReplayIsRefusedWith401AndChangesNothing() {
        Group g = relayGroup();
        String body = "{\"group\":\"" + g.id() + "\",\"sender\":\"wmZ\",\"text\":\"hi\"}";
        long ts = now();
        String good = sign(ts, body);
        int remembered = keys("daren:relay:sig:*");

        assertThat(relay(body, ts, oneCharOff(good)).statusCode()).isEqualTo(401);
        assertThat(relay(body, ts, RelaySignature.sign("another-secret", Long.toString(ts),
                body.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);
        long stale = ts - 6 * 60;
        assertThat(relay(body, stale, sign(stale, body)).statusCode()).as("6 minutes old").isEqualTo(401);
        String tampered = body.replace("hi", "buy now");
        assertThat(relay(tampered, ts, good).statusCode()).as("body changed after signing").isEqualTo(401);
        assertThat(messagesToday(g)).as("nothing counted").isZero();
        assertThat(keys("daren:relay:sig:*")).as("refused requests leave no trace").isEqualTo(remembered);

        assertThat(relay(body, ts, good).statusCode()).isEqualTo(200);
        assertThat(relay(body, ts, good).statusCode()).as("the same signed request again").isEqualTo(401);
        assertThat(messagesToday(g)).isEqualTo(1);
    }
}
