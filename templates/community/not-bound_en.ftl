This group is not bound yet. Send /group bind first.
