package com.daren.outreach;

/** Tells an operator something needs them (a reply, an unknown outcome, a manual step, an overdue step). */
public interface OperatorAlerts {

    void alert(String operatorId, String text);
}
