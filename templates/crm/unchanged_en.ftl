@${handle} is unchanged (same values as before).
