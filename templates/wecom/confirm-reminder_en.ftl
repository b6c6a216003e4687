Please confirm the mass-send task in the WeCom client: the follow-up to ${name} (sequence ${sequence}) has not gone out yet
