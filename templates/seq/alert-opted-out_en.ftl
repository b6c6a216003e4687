@${handle} (${name}) opted out and will not receive any follow-up, broadcast or reminder again.
