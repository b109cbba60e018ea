"""The rollup rows behind collaboration health (forum.insights) and the calls that keep them
current. The features' `do_*` actions call `track` in their own transaction (posts only mark
themselves pending; the worker counts them, forum.insights.pending), so this package sits
below every feature: it imports only accounts and the database, and the dashboard
(forum.insights) reads what it keeps."""
