No broadcast #${id} (previews expire after 24 hours).
