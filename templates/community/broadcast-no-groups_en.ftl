No groups for "${target}" (a group name or id, a broadcast tag, or all).
