Hi ${name}, this is my last note about it — we're still holding a collaboration spot for you. If the timing works, just reply;
if not, no worries at all, and all the best with your content! (Reply "unsubscribe" and we won't message again.)
