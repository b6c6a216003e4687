@${handle} is not in a sequence. /seq start <sequence> @${handle} enrols them.
