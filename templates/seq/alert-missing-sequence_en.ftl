Sequence ${sequence} no longer exists; @${handle}'s follow-ups are paused.
