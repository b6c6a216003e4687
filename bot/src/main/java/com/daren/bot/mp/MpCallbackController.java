package com.daren.bot.mp;

import com.daren.bot.callback.CallbackBody;
import com.daren.bot.callback.CallbackCipher;
import com.daren.bot.callback.CallbackProperties;
import com.daren.bot.callback.CallbackRejected;
import com.daren.bot.callback.CallbackSignature;
import com.daren.bot.callback.InboundXml;
import com.daren.bot.callback.PassiveReply;
import com.daren.bot.callback.ReplayGuard;
import com.daren.bot.callback.SafeXml;
import com.daren.bot.callback.WeChatCallback;
import com.daren.bot.inbound.CallbackResponder;
import com.daren.channel.Channel;
import com.daren.channel.InboundMessage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * The Official Account's callback URL, in safe mode ({@code encrypt_type=aes}) or, when no AES key is configured,
 * plaintext mode. Same order of checks as WeCom: nothing before the signature touches state.
 */
@RestController
@WeChatCallback
@ConditionalOnMp
@RequestMapping("/mp/callback")
class MpCallbackController {

    private final MpProperties properties;
    private final ReplayGuard replayGuard;
    private final CallbackProperties callback;
    private final CallbackResponder responder;
    private final Clock clock;
    private final CallbackCipher cipher;

    MpCallbackController(MpProperties properties, ReplayGuard replayGuard,
                         CallbackProperties callback, CallbackResponder responder, Clock clock) {
        this.properties = properties;
        this.replayGuard = replayGuard;
        this.callback = callback;
        this.responder = responder;
        this.clock = clock;
        this.cipher = properties.encrypted() ? new CallbackCipher(properties.aesKey(), properties.appId()) : null;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    String verifyUrl(@RequestParam String signature, @RequestParam String timestamp, @RequestParam String nonce,
                     @RequestParam String echostr) {
        CallbackSignature.verify(signature, properties.token(), timestamp, nonce);
        replayGuard.check("mp", timestamp, nonce, echostr);
        return echostr;
    }

    @PostMapping(produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> receive(@RequestParam String signature, @RequestParam String timestamp,
                                   @RequestParam String nonce,
                                   @RequestParam(name = "encrypt_type", required = false) String encryptType,
                                   @RequestParam(name = "msg_signature", required = false) String msgSignature,
                                   HttpServletRequest request) {
        String body = CallbackBody.read(request, callback.maxBody().toBytes());
        CallbackSignature.verify(signature, properties.token(), timestamp, nonce);
        boolean aes = "aes".equalsIgnoreCase(encryptType);
        String xml;
        if (cipher != null) {
            if (!aes) {
                throw CallbackRejected.forbidden("plaintext callback refused: this account is in safe mode");
            }
            String encrypted = SafeXml.fields(body).get("Encrypt");
            if (encrypted == null || encrypted.isBlank()) {
                throw new CallbackRejected(HttpStatus.BAD_REQUEST, "no <Encrypt> element");
            }
            CallbackSignature.verify(msgSignature, properties.token(), timestamp, nonce, encrypted);
            replayGuard.check("mp", timestamp, nonce, encrypted);
            xml = cipher.open(encrypted);
        } else {
            if (aes) {
                throw new CallbackRejected(HttpStatus.BAD_REQUEST, "encrypted callback but no MP_AES_KEY configured");
            }
            replayGuard.check("mp", timestamp, nonce, body);
            xml = body;
        }
        InboundXml message = InboundXml.parse(xml);
        InboundMessage inbound = message.toInbound(Channel.MP, clock, "EventKey");
        return responder.respond(inbound)
                .map(answer -> {
                    Instant now = clock.instant();
                    String plain = PassiveReply.text(inbound.senderId(), message.text("ToUserName"), now, answer.text());
                    String reply = cipher != null ? cipher.seal(plain, properties.token(), now) : plain;
                    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(reply);
                })
                .orElseGet(() -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(""));
    }
}
