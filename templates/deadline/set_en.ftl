Deadline #${id} set: @${handle} "${what}" on ${due} (${weekday}). Nudges to the influencer and the owner on ${nudges}<#if optedOut> (opted out: the owner only)</#if>.
When delivered: /deadline done ${id}
