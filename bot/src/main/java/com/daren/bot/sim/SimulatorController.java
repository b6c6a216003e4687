package com.daren.bot.sim;

import com.daren.bot.inbound.InboundPipeline;
import com.daren.channel.Channel;
import com.daren.channel.InboundMessage;
import com.daren.channel.OutboundMessage;
import com.daren.community.MembershipEvents;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Talk to the bot without WeChat: {@code POST /api/sim/messages} answers with the bot's replies (which also land in
 * the outbox); {@code GET /api/sim/outbox} lists everything the bot sent through the simulator.
 */
@RestController
@ConditionalOnSimulator
@RequestMapping("/api/sim")
class SimulatorController {

    private final InboundPipeline pipeline;
    private final SimulatorMessenger messenger;
    private final Clock clock;

    SimulatorController(InboundPipeline pipeline, SimulatorMessenger messenger, Clock clock) {
        this.pipeline = pipeline;
        this.messenger = messenger;
        this.clock = clock;
    }

    @PostMapping("/messages")
    Replies send(@Valid @RequestBody SimulatedMessage request) {
        InboundMessage message = InboundMessage.text(Channel.SIM, "msg:" + UUID.randomUUID(), request.sender().strip(),
                request.group() == null ? null : request.group().strip(), request.text(), clock.instant());
        List<OutboundMessage> replies = pipeline.process(message);
        replies.forEach(messenger::send);
        return new Replies(replies);
    }

    /**
     * A member joins or leaves a simulator group ({@code {"group":"g1","member":"lily","name":"Lily","type":"join"}}),
     * normalized like a relay's join/leave and sent through the same pipeline.
     */
    @PostMapping("/events")
    Replies event(@Valid @RequestBody SimulatedEvent request) {
        String type = MembershipEvents.typeOf(request.type()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "type must be join or leave"));
        String key = "evt:" + UUID.randomUUID();
        String member = request.member().strip();
        InboundMessage event = MembershipEvents.JOINED.equals(type)
                ? MembershipEvents.joined(Channel.SIM, key, request.group().strip(), member,
                        request.name() == null || request.name().isBlank() ? member : request.name().strip(), clock.instant())
                : MembershipEvents.left(Channel.SIM, key, request.group().strip(), member, clock.instant());
        return new Replies(pipeline.process(event));
    }

    @GetMapping("/outbox")
    Outbox outbox() {
        return new Outbox(messenger.outbox());
    }

    record SimulatedMessage(@NotBlank @Size(max = 64) @Pattern(regexp = "[^\\s]+", message = "must not contain spaces") String sender,
                            @Size(max = 64) String group,
                            @NotBlank @Size(max = 4000) String text) {
    }

    record SimulatedEvent(@NotBlank @Size(max = 64) String group,
                          @NotBlank @Size(max = 64) @Pattern(regexp = "[^\\s]+", message = "must not contain spaces") String member,
                          @Size(max = 64) String name,
                          @NotBlank String type) {
    }

    record Replies(List<OutboundMessage> replies) {
    }

    record Outbox(List<SimulatorMessenger.SentMessage> messages) {
    }
}
