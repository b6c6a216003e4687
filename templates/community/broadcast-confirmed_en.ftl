Broadcast #${id} confirmed: going to ${count} groups (throttled per channel); you will get a report.
