[${group}] ${text}
