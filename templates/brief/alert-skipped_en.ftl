The brief for group ${group} (${date}, due ${due}) missed its time while the service was down and will not go today on its own; send /brief now in the group if needed.
