Hi ${name}, I run creator partnerships for our brand and love your ${platform} content. Could we talk about working together? (Reply "unsubscribe" to stop these messages.)
