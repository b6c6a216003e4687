Paused cron job ${job} on every instance until /schedule resume ${job}
