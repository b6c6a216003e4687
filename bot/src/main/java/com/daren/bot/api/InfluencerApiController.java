package com.daren.bot.api;

import com.daren.access.Role;
import com.daren.bot.crm.InfluencerFields;
import com.daren.bot.crm.io.FieldValues;
import com.daren.bot.crm.io.ImportColumns;
import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.ParsedArgs;
import com.daren.crm.IllegalTransitionException;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerNotFoundException;
import com.daren.crm.InfluencerQuery;
import com.daren.crm.InfluencerStore;
import com.daren.crm.PipelineStatus;
import com.daren.crm.StatusChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Influencer records over HTTP: list with the chat's filters, read, create, change (status moves checked), history. */
@RestController
@RequestMapping("/api/influencers")
@Tag(name = "influencers")
class InfluencerApiController {

    static final ArgSpec STATUS = ArgSpec.option("status", ArgType.TEXT, "状态", "status").alias("状态");
    static final ArgSpec REASON = ArgSpec.option("reason", ArgType.TEXT, "原因", "reason").alias("原因");
    /** What PATCH accepts: every field /daren set takes (rename, platform included), plus a status move. */
    static final List<ArgSpec> PATCHABLE = Stream.concat(InfluencerFields.EDITABLE.stream(), Stream.of(STATUS, REASON)).toList();

    private final InfluencerStore store;
    private final ApiAudit audit;

    InfluencerApiController(InfluencerStore store, ApiAudit audit) {
        this.store = store;
        this.audit = audit;
    }

    /**
     * {@code totalExact} is false when a big combination of filters was not counted to the end: {@code total} and
     * {@code pages} are then lower bounds (there is at least one more page); {@code more} says whether a next page has
     * records either way.
     */
    record PageResource(List<InfluencerResource> items, long total, boolean totalExact, int page, int size, long pages,
                        boolean more) {
    }

    record HistoryEntry(Instant at, String by, String from, String to, String reason) {
    }

    @GetMapping
    @ApiRole(Role.VIEWER)
    @Operation(summary = "List influencers with the filters of /daren list, newest first unless sorted")
    PageResource list(ApiCaller caller, @ParameterObject FilterParams filters,
                      @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 1 || size < 1 || size > 200) {
            throw ApiProblem.badRequest("page 从 1 开始，size 为 1–200", "page starts at 1 and size is 1–200");
        }
        InfluencerQuery.Page result = store.query(filters.query(page, size));
        return new PageResource(result.items().stream().map(i -> InfluencerResource.of(i, caller.personalData())).toList(),
                result.total(), result.totalExact(), page, size, result.pages(), result.hasMore());
    }

    @GetMapping("/{id:\\d+}")
    @ApiRole(Role.VIEWER)
    @Operation(summary = "One influencer")
    InfluencerResource get(ApiCaller caller, @PathVariable String id) {
        return InfluencerResource.of(find(id), caller.personalData());
    }

    @PostMapping
    @ApiRole(Role.OPERATOR)
    @Operation(summary = "Add an influencer: handle, platform and followers are required; any field of /daren add "
            + "(English or Chinese names) may follow, e.g. {\"handle\":\"lily\",\"platform\":\"小红书\",\"followers\":\"1.2w\",\"er\":\"8%\"}")
    ResponseEntity<InfluencerResource> create(ApiCaller caller, @RequestBody Map<String, Object> body) {
        ParsedArgs args = FieldValues.bind(ImportColumns.FIELDS, JsonFields.strings(body));
        List<String> missing = Stream.of(ImportColumns.HANDLE, InfluencerFields.PLATFORM, InfluencerFields.FOLLOWERS)
                .filter(f -> !args.has(f.name())).map(ArgSpec::name).toList();
        if (!missing.isEmpty()) {
            throw ApiProblem.badRequest("缺少字段：" + String.join(", ", missing), "missing: " + String.join(", ", missing));
        }
        Influencer draft = valid(() -> InfluencerFields.apply(args, Influencer.builder(
                InfluencerFields.platform(args.text(InfluencerFields.PLATFORM.name())), args.text(ImportColumns.HANDLE.name()))
                .owner(caller.id())).build());
        Influencer created = store.create(draft, caller.id());
        audit.changed(caller, "POST /api/influencers", new InfluencerStore.Change(null, created).summary());
        return ResponseEntity.created(URI.create("/api/influencers/" + created.id()))
                .body(InfluencerResource.of(created, caller.personalData()));
    }

    @PatchMapping("/{id:\\d+}")
    @ApiRole(Role.OPERATOR)
    @Operation(summary = "Change fields (as /daren set) and/or move the status: {\"followers\":15000,\"status\":\"contacted\","
            + "\"reason\":\"…\"}. A move the pipeline does not allow is 409 with the allowed moves")
    InfluencerResource update(ApiCaller caller, @PathVariable String id, @RequestBody Map<String, Object> body) {
        ParsedArgs args = FieldValues.bind(PATCHABLE, JsonFields.strings(body));
        if (PATCHABLE.stream().filter(f -> f != REASON).noneMatch(f -> args.has(f.name()))) {
            throw ApiProblem.badRequest("没有要修改的字段", "nothing to change");
        }
        Optional<PipelineStatus> status = args.optionalText(STATUS.name()).map(s -> PipelineStatus.parse(s).orElseThrow(() ->
                ApiProblem.badRequest("状态「" + s + "」无效，可选：" + PipelineStatus.choices(),
                        "unknown status '" + s + "': " + PipelineStatus.choices())));
        String call = "PATCH /api/influencers/" + id;
        InfluencerStore.Change change;
        try {
            change = store.update(id, caller.id(), args.optionalText(REASON.name()).orElse("api"), current -> valid(() -> {
                Influencer.Builder b = InfluencerFields.apply(args, current.toBuilder());
                status.ifPresent(b::status);
                return b.build();
            }));
        } catch (IllegalTransitionException e) {
            audit.rejected(caller, call, e.getMessage());
            throw e;
        }
        audit.changed(caller, call, change.changed() ? change.summary() : "#" + id + " unchanged");
        return InfluencerResource.of(change.after(), caller.personalData());
    }

    @GetMapping("/{id:\\d+}/history")
    @ApiRole(Role.VIEWER)
    @Operation(summary = "The record's status moves, oldest first")
    List<HistoryEntry> history(@PathVariable String id) {
        find(id);
        return store.history(id).stream().map(InfluencerApiController::entry).toList();
    }

    /** A record the values make, or 400 when the record refuses them (the checks in Influencer's constructor). */
    private static Influencer valid(java.util.function.Supplier<Influencer> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("数据无效：" + e.getMessage(), "invalid: " + e.getMessage());
        }
    }

    private Influencer find(String id) {
        return store.get(id).orElseThrow(() -> new InfluencerNotFoundException(id));
    }

    private static HistoryEntry entry(StatusChange c) {
        return new HistoryEntry(c.at(), c.by(), c.from() == null ? null : c.from().id(), c.to().id(), c.reason());
    }
}
