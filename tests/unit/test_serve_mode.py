"""`forum serve` picks its server before anything is imported (forum.cli.serve_async_mode):
gevent's by default, Werkzeug's with --dev or FORUM_ASYNC_MODE=threading; other commands
keep the configured mode."""

from __future__ import annotations

import pytest

from forum.cli import serve_async_mode


@pytest.mark.parametrize(("argv", "environ", "mode"), [
    (["forum", "serve"], {}, "gevent"),
    (["forum", "serve", "--port", "5001"], {}, "gevent"),
    (["forum", "serve", "--dev"], {}, "threading"),
    (["forum", "serve", "--dev"], {"FORUM_ASYNC_MODE": "gevent"}, "threading"),
    (["forum", "serve"], {"FORUM_ASYNC_MODE": "threading"}, "threading"),
    (["forum", "serve"], {"FORUM_ASYNC_MODE": "gevent"}, "gevent"),
    (["forum", "demo"], {}, None),
    (["forum", "indexer", "--child"], {}, None),
    (["forum"], {}, None),
])
def test_the_server_forum_serve_runs(argv, environ, mode):
    assert serve_async_mode(argv, environ) == mode
