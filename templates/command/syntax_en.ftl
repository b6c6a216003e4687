Could not read that command: ${problem}. Send /help for usage.
