package com.daren.bot.brief;

import com.daren.brief.BriefDelivery;
import com.daren.brief.BriefGroup;
import com.daren.channel.DeliveryException;
import com.daren.community.Group;
import com.daren.community.GroupPoster;
import com.daren.community.GroupStore;

import java.util.List;

/** Posts a brief through the group's route (simulator chat, group robot, app chat), mapping each outcome. */
class GroupPosterDelivery implements BriefDelivery {

    private final GroupStore groups;
    private final GroupPoster poster;

    GroupPosterDelivery(GroupStore groups, GroupPoster poster) {
        this.groups = groups;
        this.poster = poster;
    }

    @Override
    public Result deliver(BriefGroup target, String text) {
        Group group = groups.get(target.id()).orElse(null);
        if (group == null) {
            return new Failed("the group is gone", false);
        }
        try {
            return poster.post(group, List.of(), text) ? new Sent()
                    : new Failed("no route to post in this group (add a group robot webhook: /group bind … robot=<url>)", false);
        } catch (DeliveryException e) {
            return e.outcomeUnknown() ? new Unknown(e.getMessage()) : new Failed(e.getMessage(), true);
        }
    }
}
