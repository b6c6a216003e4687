package com.daren.community.points;

/** One line of a leaderboard. */
public record RankEntry(int place, String member, long points) {
}
