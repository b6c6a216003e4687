Sync failed: WeCom answered ${error}.
