"""In-app notifications (mentions, replies in watched threads, questions to my organization)."""
