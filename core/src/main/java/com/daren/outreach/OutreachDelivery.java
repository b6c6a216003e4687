package com.daren.outreach;

import com.daren.crm.Influencer;

/** Sends an outreach message to an influencer through the channel a step asks for (adapters live in bot/). */
public interface OutreachDelivery {

    DeliveryResult deliver(Influencer influencer, StepChannel channel, StepDefinition.Fallback fallback, String text);
}
