A follow-up to @${handle} (sequence ${sequence}, step ${step}) timed out after it was sent; it may have arrived, so the sequence is paused. Check, then /seq resume @${handle} or /seq stop @${handle}.
