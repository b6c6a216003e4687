package com.daren.community;

import com.daren.channel.Channel;
import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import com.daren.store.VersionedWrite;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Groups in Redis: one HASH per group, a SET of all ids, and a HASH from "channel:chatId" to group id for every chat
 * that identifies inbound messages, written in one versioned script with the record so an index entry never points
 * at a group that does not have that chat. Members are a SET per group.
 */
public class GroupStore {

    private static final int MAX_CONFLICT_RETRIES = 5;

    private final StringRedisTemplate redis;

    public GroupStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * Stores a new group. Throws {@link GroupChatTakenException} when one of its chats already belongs to another
     * group; returns the stored group (with its version), or the existing one when this id is already bound.
     */
    public Group bind(Group group) {
        Optional<Group> existing = get(group.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        Group saved = group.withVersion(VersionedWrite.newVersion());
        VersionedWrite write = VersionedWrite.of(RedisKeys.group(saved.id()), saved.id(), null, saved.version())
                .set(toHash(saved))
                .addToSet(RedisKeys.groups(), saved.id());
        indexChats(write, Map.of(), saved.chats());
        VersionedWrite.Result result = execute(write);
        return switch (result.outcome()) {
            case WRITTEN -> saved;
            case CONFLICT -> get(group.id()).orElseThrow(() -> new StoreException("group " + group.id() + " vanished", null));
            case DUPLICATE -> throw new GroupChatTakenException(result.field(), result.holder());
        };
    }

    /** Applies {@code change} to the stored group, retrying on a concurrent change; the saved group. */
    public Group update(String id, UnaryOperator<Group> change) {
        for (int attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
            Group before = get(id).orElseThrow(() -> new GroupNotFoundException(id));
            Group after = change.apply(before);
            if (after.equals(before)) {
                return before;
            }
            Group saved = after.withVersion(VersionedWrite.newVersion());
            Map<String, String> fields = toHash(saved);
            VersionedWrite write = VersionedWrite.of(RedisKeys.group(id), id, before.version(), saved.version())
                    .set(fields)
                    .delete(toHash(before).keySet().stream().filter(k -> !fields.containsKey(k)).toList());
            indexChats(write, before.chats(), saved.chats());
            VersionedWrite.Result result = execute(write);
            switch (result.outcome()) {
                case WRITTEN -> {
                    return saved;
                }
                case DUPLICATE -> throw new GroupChatTakenException(result.field(), result.holder());
                case CONFLICT -> {
                    // someone else changed it meanwhile: read again and re-apply
                }
            }
        }
        throw new StoreException("group " + id + " kept changing under concurrent updates", null);
    }

    public Optional<Group> get(String id) {
        Map<Object, Object> hash;
        try {
            hash = redis.opsForHash().entries(RedisKeys.group(id));
        } catch (RuntimeException e) {
            throw new StoreException("could not read group " + id, e);
        }
        return hash.isEmpty() ? Optional.empty() : Optional.of(fromHash(id, hash));
    }

    public Group require(String id) {
        return get(id).orElseThrow(() -> new GroupNotFoundException(id));
    }

    /** The group an inbound message's chat belongs to. */
    public Optional<Group> findByChat(Channel channel, String chatId) {
        if (chatId == null || chatId.isBlank()) {
            return Optional.empty();
        }
        Object id;
        try {
            id = redis.opsForHash().get(RedisKeys.groupChatIndex(), chatKey(channel, chatId));
        } catch (RuntimeException e) {
            throw new StoreException("could not look up the group of chat " + chatId, e);
        }
        return id == null ? Optional.empty() : get((String) id);
    }

    /** What an operator typed: a group id, a chat id on any channel, or a group name (case-insensitive). */
    public Optional<Group> resolve(String ref) {
        String r = ref.strip();
        Optional<Group> byId = get(r);
        if (byId.isPresent()) {
            return byId;
        }
        for (Channel channel : Channel.values()) {
            Optional<Group> byChat = findByChat(channel, r);
            if (byChat.isPresent()) {
                return byChat;
            }
        }
        return list().stream().filter(g -> g.name().equalsIgnoreCase(r)).findFirst();
    }

    /** Every group, by name. */
    public List<Group> list() {
        Set<String> ids;
        try {
            ids = redis.opsForSet().members(RedisKeys.groups());
        } catch (RuntimeException e) {
            throw new StoreException("could not list groups", e);
        }
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(this::get).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Group::name).thenComparing(Group::id)).toList();
    }

    /** Groups subscribed to a broadcast tag. */
    public List<Group> tagged(String tag) {
        return list().stream().filter(g -> g.tags().contains(tag)).toList();
    }

    /** Records a member; true when they were not known yet. */
    public boolean addMember(String groupId, String memberId) {
        Long added = redisCall(() -> redis.opsForSet().add(RedisKeys.groupMembers(groupId), memberId));
        return added != null && added > 0;
    }

    /** Forgets a member; true when they were known. */
    public boolean removeMember(String groupId, String memberId) {
        Long removed = redisCall(() -> redis.opsForSet().remove(RedisKeys.groupMembers(groupId), memberId));
        return removed != null && removed > 0;
    }

    /** Replaces the member list (a full WeCom sync). */
    public void replaceMembers(String groupId, Collection<String> memberIds) {
        redisCall(() -> {
            redis.delete(RedisKeys.groupMembers(groupId));
            if (!memberIds.isEmpty()) {
                redis.opsForSet().add(RedisKeys.groupMembers(groupId), memberIds.toArray(String[]::new));
            }
            return null;
        });
    }

    public Set<String> members(String groupId) {
        Set<String> m = redisCall(() -> redis.opsForSet().members(RedisKeys.groupMembers(groupId)));
        return m == null ? Set.of() : m;
    }

    public long memberCount(String groupId) {
        Long n = redisCall(() -> redis.opsForSet().size(RedisKeys.groupMembers(groupId)));
        return n == null ? 0 : n;
    }

    public boolean isMember(String groupId, String memberId) {
        return Boolean.TRUE.equals(redisCall(() -> redis.opsForSet().isMember(RedisKeys.groupMembers(groupId), memberId)));
    }

    static String chatKey(Channel channel, String chatId) {
        return channel.id() + ":" + chatId;
    }

    private static void indexChats(VersionedWrite write, Map<GroupChatType, String> before, Map<GroupChatType, String> after) {
        for (var e : before.entrySet()) {
            if (e.getKey().identifiesInbound() && !e.getValue().equals(after.get(e.getKey()))) {
                write.releaseUnique(RedisKeys.groupChatIndex(), chatKey(e.getKey().channel(), e.getValue()));
            }
        }
        for (var e : after.entrySet()) {
            if (e.getKey().identifiesInbound()) {
                write.claimUnique(RedisKeys.groupChatIndex(), chatKey(e.getKey().channel(), e.getValue()));
            }
        }
    }

    private VersionedWrite.Result execute(VersionedWrite write) {
        try {
            return write.execute(redis);
        } catch (RuntimeException e) {
            throw new StoreException("could not save a group", e);
        }
    }

    private static <T> T redisCall(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new StoreException("group members: Redis call failed", e);
        }
    }

    private static Map<String, String> toHash(Group g) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("name", g.name());
        h.put("owner", g.ownerId());
        g.chats().forEach((type, chatId) -> h.put("chat:" + type.code(), chatId));
        if (!g.rules().isEmpty()) {
            h.put("rules", g.rules());
        }
        h.put("wtpl", g.welcomeTemplate());
        if (!g.welcomeText().isEmpty()) {
            h.put("wtext", g.welcomeText());
        }
        if (!g.tags().isEmpty()) {
            h.put("tags", String.join(",", g.tags()));
        }
        h.put("zone", g.zone().getId());
        h.put("active", g.active() ? "1" : "0");
        h.put("by", g.boundBy());
        h.put("at", Long.toString(g.boundAt().toEpochMilli()));
        return h;
    }

    private static Group fromHash(String id, Map<Object, Object> h) {
        Map<GroupChatType, String> chats = new EnumMap<>(GroupChatType.class);
        h.forEach((k, v) -> {
            String key = (String) k;
            if (key.startsWith("chat:")) {
                GroupChatType.fromCode(key.substring(5)).ifPresent(t -> chats.put(t, (String) v));
            }
        });
        String tags = str(h, "tags");
        Set<String> tagSet = tags == null || tags.isEmpty() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(tags.split(",")));
        return new Group(id, str(h, "name"), str(h, "owner"), chats, str(h, "rules"), str(h, "wtpl"), str(h, "wtext"),
                tagSet, ZoneId.of(Objects.requireNonNullElse(str(h, "zone"), "Asia/Shanghai")),
                !"0".equals(str(h, "active")), str(h, "by"),
                Instant.ofEpochMilli(Long.parseLong(Objects.requireNonNullElse(str(h, "at"), "0"))),
                str(h, VersionedWrite.VERSION_FIELD));
    }

    private static String str(Map<Object, Object> h, String field) {
        return (String) h.get(field);
    }

    /** Normalises a broadcast tag the way they are stored (lower case, trimmed). */
    public static String normalizeTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }
}
