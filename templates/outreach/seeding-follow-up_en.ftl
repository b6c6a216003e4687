Hi ${name}, the samples we sent should have arrived by now — how do you like them?
Any thoughts are welcome; and if you'd like to share your experience on ${platform}, we'd love to talk about a collaboration.
