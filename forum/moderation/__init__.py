"""Flags on posts, knowledge-base pages and PBL cases, and the review queue."""
