"""Spaces, threads, posts, reactions, read state, following, questions to an organization."""
