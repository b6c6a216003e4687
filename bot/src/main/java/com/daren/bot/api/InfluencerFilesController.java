package com.daren.bot.api;

import com.daren.access.Role;
import com.daren.bot.crm.io.ExportFormat;
import com.daren.bot.crm.io.ImportSummary;
import com.daren.bot.crm.io.InfluencerExport;
import com.daren.bot.crm.io.InfluencerImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Spreadsheets in and out: the same import and export as chat, authenticated by API key. */
@RestController
@RequestMapping("/api/influencers")
@Tag(name = "influencers")
class InfluencerFilesController {

    private final InfluencerImport importer;
    private final InfluencerExport exporter;

    InfluencerFilesController(InfluencerImport importer, InfluencerExport exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiRole(Role.OPERATOR)
    @Operation(summary = "Import a CSV (UTF-8 or GBK/GB18030) or XLSX file: upsert by platform + handle; Chinese or "
            + "English headers. Answers with counts and each rejected row (the header is row 1)")
    ImportSummary importFile(ApiCaller caller, @RequestPart("file") MultipartFile file) throws IOException {
        return importer.importFile(file.getBytes(), file.getOriginalFilename(), caller.id(), ApiAudit.CHANNEL);
    }

    @GetMapping("/export")
    @ApiRole(Role.VIEWER)
    @Operation(summary = "Export the influencers the filters match, as CSV (UTF-8 with BOM) or XLSX, Chinese headers; "
            + "phone and WeChat id masked for viewers")
    ResponseEntity<byte[]> export(ApiCaller caller, @ParameterObject FilterParams filters,
                                  @RequestParam(defaultValue = "csv") String format) {
        ExportFormat type = ExportFormat.parse(format);
        InfluencerExport.ExportFile file = exporter.export(filters.query(1, 1), caller.personalData(), type,
                caller.id(), ApiAudit.CHANNEL);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Total-Count", Long.toString(file.total()))
                // false when a big combination of filters was not counted to the end: X-Total-Count is then a lower bound
                .header("X-Total-Count-Exact", Boolean.toString(file.totalExact()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(type.contentType()))
                .body(file.body());
    }
}
