A follow-up to @${handle} failed (sequence ${sequence}, step ${step}): ${reason}. Paused; /seq resume @${handle} once it is fixed.
