群 ${group} 的早报（${date}）发送失败：${reason}。需要时在群里发 /brief now 重发。
