@${handle} has no engagement rate on record, so there is nothing to estimate from. Add er=, e.g. /roi @${handle} cost=${cost} aov=${aov} er=8% (or record it with /daren set @${handle} er=8%)
