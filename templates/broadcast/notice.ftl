【${group}】${text}
