WeCom is not configured: no customer groups to sync.
