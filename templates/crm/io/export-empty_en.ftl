No influencer matches; no file was made.
