package com.daren.bot.inbound;

import com.daren.bot.callback.CallbackProperties;
import com.daren.bot.outbound.OutboundSender;
import com.daren.channel.InboundMessage;
import com.daren.channel.OutboundMessage;
import com.daren.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers a WeChat callback in time: runs the pipeline, and if the answer is ready within the passive-reply budget
 * it goes back in the HTTP response; otherwise the callback is acknowledged empty and the answer follows through
 * the channel's API when it is ready. Extra answers always go through the API.
 */
@Component
public class CallbackResponder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallbackResponder.class);

    private final InboundPipeline pipeline;
    private final OutboundSender outbound;
    private final CallbackProperties properties;
    private final ThreadPoolExecutor workers;

    CallbackResponder(InboundPipeline pipeline, OutboundSender outbound, CallbackProperties properties) {
        this.pipeline = pipeline;
        this.outbound = outbound;
        this.properties = properties;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(16, 16, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2_000), r -> {
            Thread t = new Thread(r, "inbound-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The one answer to put in the HTTP response, if it was ready in time. */
    public Optional<OutboundMessage> respond(InboundMessage message) {
        CompletableFuture<List<OutboundMessage>> work;
        try {
            work = CompletableFuture.supplyAsync(() -> pipeline.process(message), workers);
        } catch (RejectedExecutionException e) {
            // WeChat retries: better a retry later than a message dropped now.
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "busy, retry");
        }
        try {
            List<OutboundMessage> answers = work.get(properties.passiveReplyBudget().toMillis(), TimeUnit.MILLISECONDS);
            answers.stream().skip(1).forEach(outbound::sendLater);
            return answers.stream().findFirst();
        } catch (TimeoutException e) {
            log.info("answer to {} not ready within {}: acknowledged, will send through the API", message.dedupKey(),
                    properties.passiveReplyBudget());
            work.thenAccept(answers -> answers.forEach(outbound::sendLater));
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException store) {
                throw store;
            }
            log.error("processing {} failed", message.dedupKey(), e.getCause());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted, retry");
        }
    }

    @Override
    public void close() {
        workers.shutdown();
    }
}
