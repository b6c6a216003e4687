package com.daren.brief;

import com.daren.community.Group;
import com.daren.community.GroupStore;

import java.util.List;
import java.util.Optional;

/**
 * Every active community group gets the brief: with its own settings once an operator set any, else with the
 * defaults (the configured time, the group's zone). Name and owner always come from the group model.
 */
public class BriefGroups {

    private final GroupStore groups;
    private final BriefStore store;
    private final BriefSettings settings;

    public BriefGroups(GroupStore groups, BriefStore store, BriefSettings settings) {
        this.groups = groups;
        this.store = store;
        this.settings = settings;
    }

    /** The group's brief settings; empty when there is no such group or it was dismissed. */
    public Optional<BriefGroup> get(String groupId) {
        return groups.get(groupId).filter(Group::active).map(this::of);
    }

    public BriefGroup of(Group group) {
        BriefGroup stored = store.settings(group.id()).orElseGet(() -> new BriefGroup(group.id(), group.name(),
                group.ownerId(), settings.defaultTime(), group.zone(), List.of(), settings.defaultCap(),
                settings.defaultLang(), true));
        return new BriefGroup(group.id(), group.name(), group.ownerId(), stored.time(), stored.zone(), stored.keywords(),
                stored.cap(), stored.lang(), stored.enabled());
    }

    public List<BriefGroup> all() {
        return groups.list().stream().filter(Group::active).map(this::of).toList();
    }
}
