package com.daren.bot.report;

import com.daren.access.Operator;
import com.daren.access.OperatorDirectory;
import com.daren.access.Role;
import com.daren.bot.access.AccessProperties;
import com.daren.command.Lang;
import org.springframework.stereotype.Component;

import java.util.List;

/** Who receives the scheduled reports, each in their language. */
@Component
class ReportRecipients {

    private final ReportProperties properties;
    private final AccessProperties access;
    private final OperatorDirectory directory;

    ReportRecipients(ReportProperties properties, AccessProperties access, OperatorDirectory directory) {
        this.properties = properties;
        this.access = access;
        this.directory = directory;
    }

    List<Operator> all() {
        if (!properties.recipients().isEmpty()) {
            return properties.recipients().stream().map(id -> directory.find(id)
                    .orElse(new Operator(id, id, Role.OPERATOR, Lang.ZH))).toList();
        }
        return access.operators().stream().filter(e -> e.role().atLeast(Role.OPERATOR))
                .map(e -> directory.find(e.id()).orElseThrow()).toList();
    }
}
