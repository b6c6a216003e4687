package com.daren.bot.crm.io;

import com.daren.channel.Channel;
import com.daren.template.MessageTemplates;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/**
 * The simulator page's upload: {@code POST /api/sim/import} (multipart {@code file}, {@code sender}) imports as
 * that sender would by sending the file in chat, with the same role check; off whenever the simulator is.
 */
@RestController
@Validated
@ConditionalOnBooleanProperty(name = "daren.simulator.enabled", matchIfMissing = true)
class SimulatorImportController {

    private final ChatFileImport chatImport;
    private final MessageTemplates templates;
    private final InfluencerImport importer;

    SimulatorImportController(ChatFileImport chatImport, MessageTemplates templates, InfluencerImport importer) {
        this.chatImport = chatImport;
        this.templates = templates;
        this.importer = importer;
    }

    /** {@code text} is what the bot would answer in chat; {@code summary} is the import's result, when there is one. */
    record Answer(String text, ImportSummary summary, String error) {
    }

    @PostMapping(path = "/api/sim/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Answer> importFile(@RequestParam("file") MultipartFile file,
                                      @RequestParam("sender") @NotBlank @Size(max = 64) String sender) throws IOException {
        ChatFileImport.Answer answer = chatImport.receive(file.getBytes(), file.getOriginalFilename(), sender.strip(), Channel.SIM);
        String text = templates.render(answer.reply().template(), answer.lang(), answer.reply().model());
        int status = answer.refusal().map(r -> r.equals("forbidden") ? 403
                : ImportProblem.Kind.valueOf(r.toUpperCase(java.util.Locale.ROOT)).status()).orElse(200);
        return ResponseEntity.status(status).body(new Answer(text, answer.summary().orElse(null), answer.refusal().orElse(null)));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Answer> tooLarge() {
        ImportProblem problem = ImportProblem.tooLarge(importer.maxFileSize());
        return ResponseEntity.status(413).body(new Answer(problem.oneLine(), null, problem.kind().code()));
    }
}
