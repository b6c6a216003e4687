@${handle} 没有被归档。
