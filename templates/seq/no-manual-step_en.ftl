@${handle} has no manual step waiting.
