package com.daren.bot.api;

import com.daren.access.Operator;
import com.daren.access.Role;
import com.daren.bot.crm.PersonalData;

/** Who is calling the API, as established from their key by {@link ApiAuthInterceptor}. */
record ApiCaller(Operator operator) {

    static final String ATTRIBUTE = ApiCaller.class.getName();

    String id() {
        return operator.id();
    }

    Role role() {
        return operator.role();
    }

    /** Viewers see phone numbers and WeChat ids masked; operators and admins see them whole. */
    PersonalData personalData() {
        return PersonalData.forApi(role());
    }
}
