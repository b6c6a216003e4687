A follow-up to @${handle} (sequence ${sequence}, step ${step}) fell due too long ago during downtime; it was not sent late and the sequence is paused. /seq resume @${handle} continues.
