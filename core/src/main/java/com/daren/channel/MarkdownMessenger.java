package com.daren.channel;

/**
 * A channel that can also send markdown (WeCom app messages of type markdown). Senders of formatted content
 * (reports) check for it and fall back to {@link Messenger#send} with plain text elsewhere.
 */
public interface MarkdownMessenger {

    /** Sends markdown to one person; failures as {@link DeliveryException}, like {@link Messenger#send}. */
    void sendMarkdown(String recipientId, String markdown);
}
