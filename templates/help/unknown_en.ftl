No command "${asked}". Send /help for all commands.
