Cancelled reminder #${id}: ${text}
