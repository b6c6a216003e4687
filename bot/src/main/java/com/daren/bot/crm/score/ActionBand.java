package com.daren.bot.crm.score;

/**
 * What to do with an influencer given their total on the 10-point scale (the source material's bands):
 * 9 and above ambassador candidate, 7 up to 9 keep working together, below 7 under review.
 */
enum ActionBand {
    AMBASSADOR("大使候选", "ambassador candidate"),
    KEEP("继续合作", "keep working together"),
    REVIEW("待评估", "under review");

    private final String zh;
    private final String en;

    ActionBand(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Uses the total as shown (rounded to one decimal), so 8.95 shown as 9.0 is an ambassador candidate. */
    static ActionBand of(double outOfTen) {
        if (outOfTen >= 9.0) {
            return AMBASSADOR;
        }
        return outOfTen >= 7.0 ? KEEP : REVIEW;
    }

    String zh() {
        return zh;
    }

    String en() {
        return en;
    }
}
