@${handle}: ${from} → ${to}
