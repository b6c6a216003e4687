package com.daren.bot.brief;

import com.daren.brief.BriefStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** The brief's short links: {@code /b/{code}} redirects to the headline (only http and https targets). */
@RestController
class BriefLinkController {

    private final BriefStore store;

    BriefLinkController(BriefStore store) {
        this.store = store;
    }

    @GetMapping("/b/{code}")
    ResponseEntity<Void> follow(@PathVariable String code) {
        if (!code.matches("[0-9a-f]{6,16}")) {
            return ResponseEntity.notFound().build();
        }
        return store.link(code)
                .filter(url -> url.startsWith("https://") || url.startsWith("http://"))
                .map(url -> ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, URI.create(url).toString())
                        .<Void>build())
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
