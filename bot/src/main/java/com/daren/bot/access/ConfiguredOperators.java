package com.daren.bot.access;

import com.daren.access.Operator;
import com.daren.access.OperatorDirectory;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The roster from configuration; fails start-up when one id is listed twice. */
@Component
class ConfiguredOperators implements OperatorDirectory {

    private final Map<String, Operator> byId = new HashMap<>();

    ConfiguredOperators(AccessProperties properties) {
        for (AccessProperties.OperatorEntry entry : properties.operators()) {
            Operator operator = new Operator(entry.id(), entry.name() == null ? entry.id() : entry.name(),
                    entry.role(), entry.lang());
            if (byId.putIfAbsent(entry.id(), operator) != null) {
                throw new IllegalStateException("daren.access.operators lists id '" + entry.id() + "' twice");
            }
        }
    }

    @Override
    public Optional<Operator> find(String senderId) {
        return Optional.ofNullable(senderId).map(byId::get);
    }
}
