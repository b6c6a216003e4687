Group "${group}" (${id}): ${today} interactions today, ${drop}% below the 7-day average of ${average}.
