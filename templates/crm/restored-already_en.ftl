@${handle} is not archived.
