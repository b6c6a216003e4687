Something went wrong with /${command} (error ${errorId}). Please try again; if it keeps failing, give the error id to an admin.
