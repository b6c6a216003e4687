@${handle}'s sequence is ${stateEn}; that is not possible now.
