Archived @${handle}: out of lists and counts, record kept. /daren restore @${handle} brings it back.
