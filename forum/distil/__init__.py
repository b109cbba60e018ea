"""Distilling a thread: an answered question becomes a boundary statement or a wiki page.

The editor picks the posts; the knowledge base's own editor opens prefilled with them; when
it is saved, a `Distillation` row records where the text came from, so the statement says
"came from the question X, answered by Y" and the thread says "documented in Z".
"""
