Removed feed ${id}.
