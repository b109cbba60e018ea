"""Spaces and threads for the demo.

``created_days_ago`` is when the thread started; each post's ``minutes_after_start`` is
counted from then. ``answered_by_post`` is an index into ``posts`` (or None).
Reactions are ``(username, emoji_key)`` with emoji_key in
'+1', 'heart', 'thanks', 'idea', 'eyes'.

Exactly one thread is a question to an organization answered by that organization
("Dag 180 närmar sig …", answered by Försäkringskassan) and one is a question left
unanswered ("Vem på Arbetsförmedlingen …", asked to Arbetsförmedlingen).
"""

from forum.demo.content.spaces_threads import (
    threads_assistance_chain_youth,
    threads_chain_general_nordic,
    threads_general_internal_chain,
)
from forum.demo.content.spaces_threads.spaces import SPACES

THREADS = [
    *threads_chain_general_nordic.THREADS,
    *threads_assistance_chain_youth.THREADS,
    *threads_general_internal_chain.THREADS,
]

__all__ = ["SPACES", "THREADS"]
