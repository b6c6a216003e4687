package com.daren.bot.wecom;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The WeCom self-built app's callback URL. Order matters: size and type → envelope → signature → replay window
 * and nonce → decrypt (checking the corp id) → parse → pipeline. Nothing before the signature touches state.
 */
@RestController
@WeChatCallback
@ConditionalOnWeCom
@RequestMapping("/wecom/callback")
class WeComCallbackController {

    private final WeComProperties properties;
    private final ReplayGuard replayGuard;
    private final CallbackProperties callback;
    private final CallbackResponder responder;
    private final Clock clock;
    private final CallbackCipher cipher;

    WeComCallbackController(WeComProperties properties, ReplayGuard replayGuard,
                            CallbackProperties callback, CallbackResponder responder, Clock clock) {
        this.properties = properties;
        this.replayGuard = replayGuard;
        this.callback = callback;
        this.responder = responder;
        this.clock = clock;
        this.cipher = new CallbackCipher(properties.aesKey(), properties.corpId());
    }

    /** URL verification: WeChat sends an encrypted echostr and expects its plaintext within a second. */
    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    String verifyUrl(@RequestParam("msg_signature") String signature, @RequestParam String timestamp,
                     @RequestParam String nonce, @RequestParam String echostr) {
        CallbackSignature.verify(signature, properties.token(), timestamp, nonce, echostr);
        replayGuard.check("wecom", timestamp, nonce, echostr);
        return cipher.open(echostr);
    }

    @PostMapping(produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> receive(@RequestParam("msg_signature") String signature, @RequestParam String timestamp,
                                   @RequestParam String nonce, HttpServletRequest request) {
        String body = CallbackBody.read(request, callback.maxBody().toBytes());
        String encrypted = SafeXml.fields(body).get("Encrypt");
        if (encrypted == null || encrypted.isBlank()) {
            throw new CallbackRejected(org.springframework.http.HttpStatus.BAD_REQUEST, "no <Encrypt> element");
        }
        CallbackSignature.verify(signature, properties.token(), timestamp, nonce, encrypted);
        replayGuard.check("wecom", timestamp, nonce, encrypted);
        InboundXml message = InboundXml.parse(cipher.open(encrypted));
        String agentId = message.text("AgentID");
        if (agentId != null && !agentId.isBlank() && !agentId.strip().equals(String.valueOf(properties.agentId()))) {
            throw new CallbackRejected(org.springframework.http.HttpStatus.FORBIDDEN, "payload is for another agent");
        }
        InboundMessage inbound = CustomerGroupChange.from(message, clock)
                .orElseGet(() -> message.toInbound(Channel.WECOM, clock, "EventKey", "ChangeType"));
        return responder.respond(inbound)
                .map(answer -> {
                    Instant now = clock.instant();
                    String plain = PassiveReply.text(inbound.senderId(),
                            Objects.requireNonNullElse(message.text("ToUserName"), properties.corpId()), now, answer.text());
                    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                            .body(cipher.seal(plain, properties.token(), now));
                })
                .orElseGet(() -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(""));
    }
}
