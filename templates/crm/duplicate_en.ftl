@${handle} on ${platform} is already on record (id ${id}). Send /daren show @${handle} to see it.
