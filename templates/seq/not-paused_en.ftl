@${handle}'s sequence is not paused (now: ${stateEn}).
