The brief for group ${group} (${date}) may or may not have gone out (interrupted or timed out); it will not be re-sent on its own. Check the group and send /brief now there if needed.
