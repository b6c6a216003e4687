@${member} Samples: once the partnership is agreed, the operator takes your address and ships within 3 working days, then sends you the tracking number; please confirm when it arrives.
