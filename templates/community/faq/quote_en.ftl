@${member} Rates: send an operator here your platform, followers, recent post figures and your rate for posts/videos; we answer with a budget range by tier and engagement.
