package com.daren.bot.community.wecom;

import com.daren.bot.community.GroupMembership;
import com.daren.channel.Channel;
import com.daren.channel.InboundMessage;
import com.daren.channel.MessageReceived;
import com.daren.community.Group;
import com.daren.community.GroupBound;
import com.daren.community.GroupChatType;
import com.daren.community.GroupStore;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.external.WxCpUserExternalGroupChatInfo;
import me.chanjar.weixin.cp.bean.external.WxCpUserExternalGroupChatList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * WeCom customer groups (客户群): discovered with externalcontact/groupchat/list + groupchat/get, and kept in sync
 * from change_external_chat events. An event says that a group changed, not reliably who joined, so every change
 * re-reads the group and compares its member list with the stored one: new members are joins (welcomed), missing
 * ones leaves. Discovery records members silently (no welcome hours late for people who joined long ago).
 * Calls to WeCom run on their own thread: the callback answers WeChat at once.
 */
public class WeComGroupSync {

    private static final Logger log = LoggerFactory.getLogger(WeComGroupSync.class);
    /** WeCom's answer for a chat_id that is not (or no longer) a customer group the app can see. */
    private static final int NOT_A_GROUP = 701008;

    private final WxCpService weCom;
    private final GroupStore groups;
    private final GroupMembership membership;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final ExecutorService worker;

    public WeComGroupSync(WxCpService weCom, GroupStore groups, GroupMembership membership,
                          ApplicationEventPublisher events, Clock clock, ZoneId zone, ExecutorService worker) {
        this.weCom = weCom;
        this.groups = groups;
        this.membership = membership;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
        this.worker = worker;
    }

    /** Result of a discovery run, for {@code /group sync}. */
    public record Discovery(int seen, int added, int updated) {
    }

    @EventListener
    void on(MessageReceived received) {
        InboundMessage m = received.message();
        if (m.channel() != Channel.WECOM || !"change_external_chat".equals(m.eventType()) || m.chatId() == null) {
            return;
        }
        worker.execute(() -> {
            try {
                changed(m.chatId(), m.text(), m.sentAt());
            } catch (RuntimeException | WxErrorException e) {
                log.warn("customer group {} could not be synced after '{}': {}", m.chatId(), m.text(), e.toString());
            }
        });
    }

    /** One change_external_chat: {@code detail} is "create", "update add_member", "dismiss" … */
    void changed(String chatId, String detail, Instant at) throws WxErrorException {
        if (detail.startsWith("dismiss")) {
            groups.findByChat(Channel.WECOM, chatId).ifPresent(g -> groups.update(g.id(), Group::dismissed));
            return;
        }
        WxCpUserExternalGroupChatInfo.GroupChat chat = read(chatId);
        if (chat == null) {
            return;
        }
        Group group = groups.findByChat(Channel.WECOM, chatId).orElse(null);
        if (group == null) {
            // A group the bot did not know (created now, or before the bot ran): bind it; its members are not new.
            bindNew(chat, at);
            return;
        }
        group = groups.update(group.id(), g -> g.withName(Objects.requireNonNullElse(chat.getName(), g.name())).reactivated());
        Map<String, String> now = members(chat);
        Set<String> before = new HashSet<>(groups.members(group.id()));
        for (var e : now.entrySet()) {
            if (!before.contains(e.getKey())) {
                membership.joined(group, e.getKey(), e.getValue(), at);
            }
        }
        for (String gone : before) {
            if (!now.containsKey(gone)) {
                membership.left(group, gone, at);
            }
        }
    }

    /** Lists every customer group the app can see and binds or refreshes each. */
    public Discovery discover() throws WxErrorException {
        int seen = 0;
        int added = 0;
        int updated = 0;
        String cursor = null;
        do {
            WxCpUserExternalGroupChatList page = weCom.getExternalContactService().listGroupChat(100, cursor, 0, null);
            for (WxCpUserExternalGroupChatList.ChatStatus status : Objects.requireNonNullElse(page.getGroupChatList(),
                    List.<WxCpUserExternalGroupChatList.ChatStatus>of())) {
                seen++;
                WxCpUserExternalGroupChatInfo.GroupChat chat = read(status.getChatId());
                if (chat == null) {
                    continue;
                }
                var existing = groups.findByChat(Channel.WECOM, chat.getChatId());
                if (existing.isEmpty()) {
                    bindNew(chat, clock.instant());
                    added++;
                } else {
                    Group g = groups.update(existing.get().id(), x -> x.withName(chat.getName()).reactivated());
                    groups.replaceMembers(g.id(), members(chat).keySet());
                    updated++;
                }
            }
            cursor = page.getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        return new Discovery(seen, added, updated);
    }

    private void bindNew(WxCpUserExternalGroupChatInfo.GroupChat chat, Instant at) {
        Group bound = groups.bind(Group.bind(GroupChatType.WECOM_CUSTOMER, chat.getChatId(), chat.getName(),
                chat.getOwner(), zone, "wecom", at));
        groups.replaceMembers(bound.id(), members(chat).keySet());
        events.publishEvent(new GroupBound(bound.id(), "wecom", at));
    }

    private WxCpUserExternalGroupChatInfo.GroupChat read(String chatId) throws WxErrorException {
        try {
            return weCom.getExternalContactService().getGroupChat(chatId, 1).getGroupChat();
        } catch (WxErrorException e) {
            if (e.getError() != null && e.getError().getErrorCode() == NOT_A_GROUP) {
                log.info("chat {} is not a customer group the app can see (701008)", chatId);
                return null;
            }
            throw e;
        }
    }

    /** userid / external_userid → display name (group nickname, else name, else id), in WeCom's order. */
    private static Map<String, String> members(WxCpUserExternalGroupChatInfo.GroupChat chat) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var m : Objects.requireNonNullElse(chat.getMemberList(), List.<WxCpUserExternalGroupChatInfo.GroupMember>of())) {
            String name = m.getGroupNickname() != null && !m.getGroupNickname().isBlank() ? m.getGroupNickname()
                    : m.getName() != null && !m.getName().isBlank() ? m.getName() : m.getUserId();
            out.put(m.getUserId(), name);
        }
        return out;
    }
}
