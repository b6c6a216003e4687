Sequence ${name} no longer exists in the configuration.
