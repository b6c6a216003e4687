@${handle} 的一条跟进（序列 ${sequence} 第 ${step} 步）停机期间已过期太久，没有补发，已暂停；请确认后用 /seq resume @${handle} 继续。
