package com.daren.bot.roi;

import com.daren.crm.Tier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A budget in whole yuan split by tier percentages so that the parts add up to exactly the total: each tier gets
 * the whole yuan of its exact share, and the yuan left over go one each to the largest fractions (ties: the
 * bigger tier first).
 */
final class BudgetSplit {

    private BudgetSplit() {
    }

    record Share(Tier tier, int percent, long amount) {
    }

    static List<Share> of(long total, BudgetProperties.Mix mix) {
        if (total < 0) {
            throw new IllegalArgumentException("a budget is not negative");
        }
        List<Tier> tiers = List.of(Tier.MEGA, Tier.MACRO, Tier.MID, Tier.MICRO);
        int[] percents = {mix.mega(), mix.macro(), mix.mid(), mix.micro()};
        long[] amounts = new long[tiers.size()];
        long[] remainders = new long[tiers.size()];
        long given = 0;
        for (int i = 0; i < tiers.size(); i++) {
            // total × percent fits in a long for any budget below ~9e16 yuan.
            long exactHundredths = Math.multiplyExact(total, percents[i]);
            amounts[i] = exactHundredths / 100;
            remainders[i] = exactHundredths % 100;
            given += amounts[i];
        }
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
        order.sort(Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; given < total; k++) {
            amounts[order.get(k)]++;
            given++;
        }
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            shares.add(new Share(tiers.get(i), percents[i], amounts[i]));
        }
        return shares;
    }
}
