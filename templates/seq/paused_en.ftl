Paused @${handle}'s sequence ${sequence} at step ${step}. /seq resume @${handle} continues.
