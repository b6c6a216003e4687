📄 Contract ending: @${handle} (${name}) on ${end}, in ${days} days; plan the renewal or wrap-up.
