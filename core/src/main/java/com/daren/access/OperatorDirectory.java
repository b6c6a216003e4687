package com.daren.access;

import java.util.Optional;

/** Who is an operator, and with which role. Anyone not found is a {@link Role#GUEST}. */
public interface OperatorDirectory {

    Optional<Operator> find(String senderId);

    default Role roleOf(String senderId) {
        return find(senderId).map(Operator::role).orElse(Role.GUEST);
    }
}
