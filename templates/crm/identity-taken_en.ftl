That WeChat identity is already linked to another influencer (id ${id}); unlink it there first.
