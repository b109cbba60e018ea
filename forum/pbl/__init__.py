"""Problem-based-learning groups: tutors, members, observers (and later sessions, boards)."""
