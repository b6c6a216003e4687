package com.daren.bot.api;

import com.daren.access.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least role an API endpoint needs, declared on the handler method (or its controller). Without it, reading
 * (GET) needs a viewer and anything else an operator: an endpoint is never open by omission.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@interface ApiRole {

    Role value();
}
