package com.daren.crm;

import java.time.Instant;
import java.util.List;

/** An influencer record. Tier is always derived from followers, never stored on its own. */
public record Influencer(String id, String name, Platform platform, String handle, long followers, List<String> tags,
                         PipelineStatus status, String owner, Instant createdAt) {

    public Influencer {
        tags = List.copyOf(tags);
    }

    public Tier tier() {
        return Tier.of(followers);
    }
}
