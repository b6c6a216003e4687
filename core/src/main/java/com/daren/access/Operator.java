package com.daren.access;

import com.daren.command.Lang;

/**
 * A team member the bot recognises.
 *
 * @param id the WeCom userid, Official Account openid or simulator id they write from
 */
public record Operator(String id, String name, Role role, Lang lang) {
}
