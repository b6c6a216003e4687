Note added to @${handle} (${count} in all).
