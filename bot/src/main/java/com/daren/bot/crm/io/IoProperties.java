package com.daren.bot.crm.io;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Import and export settings ({@code daren.io}).
 *
 * @param maxFileSize   largest file an import accepts, by any route (also the upload limit of every multipart request)
 * @param importThreads rows written to Redis at once during an import (each row is a few round trips)
 * @param maxExportRows rows one export holds at most; more matches are cut and the answer says so
 * @param exportTtl     how long a download link from {@code /daren export} works
 * @param publicUrl     how operators reach this service, for download links in chat ({@code DAREN_PUBLIC_URL})
 */
@Validated
@ConfigurationProperties("daren.io")
record IoProperties(@DefaultValue("20MB") DataSize maxFileSize,
                    @DefaultValue("8") @Min(1) @Max(64) int importThreads,
                    @DefaultValue("100000") @Min(1) int maxExportRows,
                    @DefaultValue("PT1H") Duration exportTtl,
                    @DefaultValue("http://localhost:8080") @NotBlank String publicUrl) {

    String downloadUrl(String token) {
        return publicUrl.replaceAll("/+$", "") + ExportDownloadController.PATH.replace("{token}", token);
    }
}
