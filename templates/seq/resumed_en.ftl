Resumed @${handle}'s sequence ${sequence}; step ${step} goes out within the send window.
