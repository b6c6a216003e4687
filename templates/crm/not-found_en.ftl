No influencer @${handle}. Send /daren list to browse, or /daren add to add one.
