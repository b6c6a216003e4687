That chat already belongs to group ${holder}.
