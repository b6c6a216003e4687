Hi ${name}! I look after creator partnerships for our brand and have been following your ${platform} content for a while — we love your style.
We'd like to invite you to a collaboration. If you're interested, just reply and I'll send over the details.
(Not for you? Reply "unsubscribe" and we won't message you again.)
