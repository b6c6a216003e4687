@${handle} is already archived.
