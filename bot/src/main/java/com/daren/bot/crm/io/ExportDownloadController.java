package com.daren.bot.crm.io;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code GET /api/exports/{token}}: the file behind a {@code /daren export} link, while the link lasts. */
@RestController
class ExportDownloadController {

    static final String PATH = "/api/exports/{token}";

    private final ExportLinks links;

    ExportDownloadController(ExportLinks links) {
        this.links = links;
    }

    @GetMapping(PATH)
    ResponseEntity<?> download(@PathVariable String token) {
        return links.find(token)
                .<ResponseEntity<?>>map(f -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                        .contentType(MediaType.parseMediaType(f.format().contentType()))
                        .header("X-Content-Type-Options", "nosniff")
                        .cacheControl(CacheControl.noStore())
                        .body(f.body()))
                .orElseGet(() -> ResponseEntity.status(404).contentType(MediaType.APPLICATION_JSON).body(Map.of(
                        "error", "not_found",
                        "message", "下载链接无效或已过期，请重新导出 (the link is wrong or has expired; export again)")));
    }
}
