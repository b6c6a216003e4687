Restored @${handle}.
