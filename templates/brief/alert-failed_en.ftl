The brief for group ${group} (${date}) could not be sent: ${reason}. Send /brief now in the group to try again.
