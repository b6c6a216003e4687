package com.daren.bot.crm;

import com.daren.access.Role;
import com.daren.channel.ChatKind;

/**
 * Phone numbers and WeChat ids are shown whole only to operators (and admins) in a one-to-one chat, or through the
 * API with operator credentials; everywhere else they are masked ({@code 138****5678}, {@code li***g}).
 */
public final class PersonalData {

    private final boolean revealed;

    private PersonalData(boolean revealed) {
        this.revealed = revealed;
    }

    public static PersonalData forChat(Role role, ChatKind chat) {
        return new PersonalData(role.atLeast(Role.OPERATOR) && chat == ChatKind.DIRECT);
    }

    public static PersonalData forApi(Role role) {
        return new PersonalData(role.atLeast(Role.OPERATOR));
    }

    public boolean revealed() {
        return revealed;
    }

    public String phone(String phone) {
        if (phone == null || revealed) {
            return phone;
        }
        int n = phone.length();
        if (n <= 4) {
            return "*".repeat(n);
        }
        int keepStart = Math.min(3, n - 4);
        return phone.substring(0, keepStart) + "*".repeat(n - keepStart - 4) + phone.substring(n - 4);
    }

    public String wechatId(String id) {
        if (id == null || revealed) {
            return id;
        }
        if (id.length() <= 2) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 2) + "***" + id.substring(id.length() - 1);
    }
}
