@${handle} is already ${status}.
