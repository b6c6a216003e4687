Manual step done for @${handle}; sequence ${sequence} goes on with step ${step}.
