Hi ${name}, just following up on the collaboration invite I sent a few days ago — did you get a chance to see it?
If you're interested, a quick reply is all it takes; we can work around your content plans and schedule.
