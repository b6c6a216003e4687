Broadcast #${id} was already confirmed or has expired.
