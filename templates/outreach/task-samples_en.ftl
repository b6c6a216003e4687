Samples reminder: please send samples to ${name} (@${handle} on ${platform}), then send /seq done @${handle}
