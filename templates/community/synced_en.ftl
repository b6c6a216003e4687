WeCom customer groups: ${seen} seen, ${added} newly bound, ${updated} refreshed.
