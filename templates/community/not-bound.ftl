这个群还没有绑定。先发送 /group bind。
