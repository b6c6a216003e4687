Added to the next briefs (on top): ${title}
