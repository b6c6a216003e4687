package com.daren.bot.crm;

import com.daren.command.CommandFailure;
import com.daren.command.ParsedArgs;
import com.daren.command.Reply;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.Platform;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Finds the one influencer a command names by {@code <handle> [platform=…]}, or stops the command with "not
 * found" / "which platform?" answers.
 */
@Component
public class InfluencerLookup {

    private final InfluencerStore store;

    InfluencerLookup(InfluencerStore store) {
        this.store = store;
    }

    public Influencer one(ParsedArgs args) {
        String handle = args.text("handle");
        List<Influencer> found = store.findByHandle(handle);
        if (args.has(InfluencerFields.PLATFORM.name())) {
            Platform platform = InfluencerFields.platform(args.text(InfluencerFields.PLATFORM.name()));
            found = found.stream().filter(i -> i.platform() == platform).toList();
        }
        if (found.isEmpty()) {
            throw new CommandFailure(Reply.of("crm/not-found", "handle", handle));
        }
        if (found.size() > 1) {
            throw new CommandFailure(Reply.of("crm/ambiguous", "handle", handle,
                    "platforms", found.stream().map(i -> i.platform().id()).toList()));
        }
        return found.get(0);
    }
}
