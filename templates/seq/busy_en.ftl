@${handle}'s sequence changed just now; try again in a moment.
