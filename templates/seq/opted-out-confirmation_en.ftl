Done, you are unsubscribed and will not hear from us again. All the best!
