Stopped @${handle}'s sequence ${sequence}.
