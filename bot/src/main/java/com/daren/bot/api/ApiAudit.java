package com.daren.bot.api;

import com.daren.audit.AuditEntry;
import com.daren.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** API calls in the audit log (channel {@code api}): every change with its before → after, and every refusal. */
@Component
class ApiAudit {

    static final String CHANNEL = "api";
    private static final Logger log = LoggerFactory.getLogger(ApiAudit.class);

    private final AuditLog audit;
    private final Clock clock;

    ApiAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void changed(ApiCaller caller, String call, String detail) {
        write(caller.id(), call, "ok", detail);
    }

    void rejected(ApiCaller caller, String call, String detail) {
        write(caller.id(), call, "rejected", detail);
    }

    void refused(String actor, String call, String detail) {
        write(actor, call, "refused", detail);
    }

    private void write(String actor, String call, String outcome, String detail) {
        try {
            audit.record(new AuditEntry(clock.instant(), actor, CHANNEL, call, outcome, detail));
        } catch (RuntimeException e) {
            log.error("audit entry for {} by {} could not be written", call, actor, e);
        }
    }
}
