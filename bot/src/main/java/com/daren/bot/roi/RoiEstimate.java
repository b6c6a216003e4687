package com.daren.bot.roi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * PRODUCT.md's ROI estimate, in exact decimals: reach = followers × reach rate; engagements = reach × ER;
 * clicks = engagements × click rate; conversions = clicks × conversion rate; revenue = conversions × AOV;
 * ROAS = revenue ÷ cost. Intermediate counts are expectations, so they keep their fractions.
 */
record RoiEstimate(long followers, BigDecimal engagementRate, BigDecimal cost, BigDecimal aov, RoiProperties factors,
                   BigDecimal reach, BigDecimal engagements, BigDecimal clicks, BigDecimal conversions,
                   BigDecimal revenue, BigDecimal roas) {

    static RoiEstimate of(long followers, BigDecimal engagementRate, BigDecimal cost, BigDecimal aov, RoiProperties factors) {
        if (followers < 0 || engagementRate.signum() < 0 || engagementRate.compareTo(BigDecimal.ONE) > 0
                || cost.signum() <= 0 || aov.signum() <= 0) {
            throw new IllegalArgumentException("followers ≥ 0, 0 ≤ ER ≤ 1, cost > 0 and AOV > 0 are needed");
        }
        BigDecimal reach = BigDecimal.valueOf(followers).multiply(factors.reachRate());
        BigDecimal engagements = reach.multiply(engagementRate);
        BigDecimal clicks = engagements.multiply(factors.clickRate());
        BigDecimal conversions = clicks.multiply(factors.conversionRate());
        BigDecimal revenue = conversions.multiply(aov);
        BigDecimal roas = revenue.divide(cost, 4, RoundingMode.HALF_UP);
        return new RoiEstimate(followers, engagementRate, cost, aov, factors, reach, engagements, clicks, conversions,
                revenue, roas);
    }

    /** Whole sales needed for revenue to cover the cost (ROAS 1). */
    long breakEvenConversions() {
        return cost.divide(aov, 0, RoundingMode.CEILING).longValueExact();
    }

    boolean paysBack() {
        return roas.compareTo(BigDecimal.ONE) >= 0;
    }
}
