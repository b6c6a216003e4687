Resumed cron job ${job}
