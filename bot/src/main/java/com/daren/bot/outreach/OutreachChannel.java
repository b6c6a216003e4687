package com.daren.bot.outreach;

import com.daren.crm.Influencer;
import com.daren.outreach.DeliveryResult;

/**
 * One way to reach an influencer for outreach, with that channel's real semantics (immediate, needs the
 * employee's confirmation, window-limited …) expressed as a {@link DeliveryResult}.
 */
public interface OutreachChannel {

    /** "wecom_external", "mp" or "sim". */
    String id();

    /** Lower comes first when choosing an influencer's primary channel. */
    int preference();

    boolean reaches(Influencer influencer);

    DeliveryResult send(Influencer influencer, String text);
}
