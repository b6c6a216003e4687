没有找到群「${ref}」。用 /group list 查看已绑定的群。
