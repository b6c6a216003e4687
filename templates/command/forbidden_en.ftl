Sorry, /${command} needs the ${needed} role and you are ${role}. Ask an admin if you need it.
