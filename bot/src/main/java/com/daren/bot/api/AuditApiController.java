package com.daren.bot.api;

import com.daren.access.Role;
import com.daren.audit.AuditEntry;
import com.daren.audit.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/audit?limit=50}: the newest audit entries, for admins. */
@RestController
@Tag(name = "audit")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    @ApiRole(Role.ADMIN)
    @Operation(summary = "Newest audit entries first (limit 1–1000, default 50)")
    List<AuditEntry> recent(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiProblem.badRequest("limit 为 1–1000", "limit is 1–1000");
        }
        return audit.recent(limit);
    }
}
