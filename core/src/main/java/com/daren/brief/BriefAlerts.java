package com.daren.brief;

/** Tells an operator (a group's owner) that a source fails or a brief did not go; wired to the operator notifier. */
public interface BriefAlerts {

    void alert(String operatorId, String text);
}
