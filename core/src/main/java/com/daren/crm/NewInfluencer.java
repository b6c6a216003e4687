package com.daren.crm;

import java.util.List;

/** What an operator gives to add an influencer. */
public record NewInfluencer(String name, Platform platform, String handle, long followers, List<String> tags,
                            String owner) {

    public NewInfluencer {
        tags = List.copyOf(tags);
        handle = InfluencerStore.normalizeHandle(handle);
    }
}
