${problem}. Usage: ${usage}
