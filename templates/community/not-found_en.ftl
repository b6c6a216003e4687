No group "${ref}". /group list shows the bound groups.
