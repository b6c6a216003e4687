package com.daren.community;

import com.daren.channel.Channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A community group (社群) the bot operates. Its id is derived from the channel and chat id it was first bound
 * with ({@link #idFor}), so binding the same chat twice finds the same group. Moderation, FAQ and check-in keep
 * their own settings in their own keys, by group id; this record holds what every group feature shares.
 *
 * @param chats           how the group is reachable, per kind (see {@link GroupChatType})
 * @param welcomeTemplate the template a welcome is rendered from ({@code community/welcome} by default)
 * @param welcomeText     the operator's own welcome text, used instead of the template's default body when set
 * @param tags            broadcast subscriptions: {@code /broadcast <tag> …} reaches groups with that tag
 * @param zone            the zone its days are counted in (activity statistics, the daily drop alert)
 * @param active          false once the group is dismissed (WeCom dismiss event); kept for its history
 * @param version         the stored version token (VersionedWrite), null before the first save
 */
public record Group(String id, String name, String ownerId, Map<GroupChatType, String> chats, String rules,
                    String welcomeTemplate, String welcomeText, Set<String> tags, ZoneId zone, boolean active,
                    String boundBy, Instant boundAt, String version) {

    public static final String DEFAULT_WELCOME_TEMPLATE = "community/welcome";

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(boundAt, "boundAt");
        name = name == null || name.isBlank() ? id : name.strip();
        ownerId = ownerId == null ? "" : ownerId;
        EnumMap<GroupChatType, String> copy = new EnumMap<>(GroupChatType.class);
        if (chats != null) {
            chats.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    copy.put(k, v.strip());
                }
            });
        }
        chats = Collections.unmodifiableMap(copy);
        rules = rules == null ? "" : rules;
        welcomeTemplate = welcomeTemplate == null || welcomeTemplate.isBlank() ? DEFAULT_WELCOME_TEMPLATE : welcomeTemplate;
        welcomeText = welcomeText == null ? "" : welcomeText;
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        boundBy = boundBy == null ? "" : boundBy;
    }

    /** A newly bound group, reachable through one chat. */
    public static Group bind(GroupChatType type, String chatId, String name, String ownerId, ZoneId zone,
                             String boundBy, Instant at) {
        return new Group(idFor(type.channel(), chatId), name, ownerId, Map.of(type, chatId), "", null, "", Set.of(),
                zone, true, boundBy, at, null);
    }

    /**
     * The stable id of the group first bound through {@code chatId} on {@code channel}: the channel and the first
     * 8 hex digits of SHA-256 over "channel:chatId" (e.g. {@code sim-3fa2b1c0}); short enough to type.
     */
    public static String idFor(Channel channel, String chatId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((channel.id() + ":" + chatId).getBytes(StandardCharsets.UTF_8));
            return channel.id() + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public Optional<String> chat(GroupChatType type) {
        return Optional.ofNullable(chats.get(type));
    }

    public Group withName(String newName) {
        return new Group(id, newName, ownerId, chats, rules, welcomeTemplate, welcomeText, tags, zone, active, boundBy, boundAt, version);
    }

    public Group withOwner(String newOwner) {
        return new Group(id, name, newOwner, chats, rules, welcomeTemplate, welcomeText, tags, zone, active, boundBy, boundAt, version);
    }

    public Group withRules(String newRules) {
        return new Group(id, name, ownerId, chats, newRules, welcomeTemplate, welcomeText, tags, zone, active, boundBy, boundAt, version);
    }

    public Group withWelcome(String template, String text) {
        return new Group(id, name, ownerId, chats, rules, template, text, tags, zone, active, boundBy, boundAt, version);
    }

    public Group withTags(Set<String> newTags) {
        return new Group(id, name, ownerId, chats, rules, welcomeTemplate, welcomeText, newTags, zone, active, boundBy, boundAt, version);
    }

    public Group withZone(ZoneId newZone) {
        return new Group(id, name, ownerId, chats, rules, welcomeTemplate, welcomeText, tags, newZone, active, boundBy, boundAt, version);
    }

    /** Adds or replaces the chat of one kind; a blank id removes it. */
    public Group withChat(GroupChatType type, String chatId) {
        EnumMap<GroupChatType, String> next = new EnumMap<>(GroupChatType.class);
        next.putAll(chats);
        if (chatId == null || chatId.isBlank()) {
            next.remove(type);
        } else {
            next.put(type, chatId);
        }
        return new Group(id, name, ownerId, next, rules, welcomeTemplate, welcomeText, tags, zone, active, boundBy, boundAt, version);
    }

    /** The group no longer exists on WeChat (dismissed); its record and history stay. */
    public Group dismissed() {
        return new Group(id, name, ownerId, chats, rules, welcomeTemplate, welcomeText, tags, zone, false, boundBy, boundAt, version);
    }

    public Group reactivated() {
        return new Group(id, name, ownerId, chats, rules, welcomeTemplate, welcomeText, tags, zone, true, boundBy, boundAt, version);
    }

    public Group withVersion(String newVersion) {
        return new Group(id, name, ownerId, chats, rules, welcomeTemplate, welcomeText, tags, zone, active, boundBy, boundAt, newVersion);
    }
}
