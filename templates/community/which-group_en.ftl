Send it in the group, or name the group with group=<name>.
