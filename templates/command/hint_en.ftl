I only understand commands. Send /help to see them.
