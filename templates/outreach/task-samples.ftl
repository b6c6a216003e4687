寄样提醒：请给 ${name}（@${handle}，${platform}）寄样，完成后发送 /seq done @${handle}
