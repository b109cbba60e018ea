"""create_app fills every slot of the features' hooks.py (the calls up the order of imports,
docs/architecture.md), and a slot that does not exist is refused."""
import pytest

from forum.accounts import hooks as account_hooks
from forum.discussions import hooks as discussion_hooks
from forum.pbl import hooks as pbl_hooks
from forum.wiki import hooks as wiki_hooks

HOOKS = (account_hooks, pbl_hooks, wiki_hooks, discussion_hooks)


@pytest.mark.parametrize("hooks", HOOKS, ids=lambda m: m.__name__)
def test_create_app_fills_every_slot(app, hooks):
    empty = [name for name in hooks.__annotations__ if not callable(getattr(hooks, name, None))]
    assert empty == [], f"{hooks.__name__}: not filled by forum.app.register_hooks: {empty}"


@pytest.mark.parametrize("hooks", HOOKS, ids=lambda m: m.__name__)
def test_an_unknown_slot_is_refused(hooks):
    with pytest.raises(TypeError, match="no slot 'nonesuch'"):
        hooks.provide(nonesuch=print)
    assert not hasattr(hooks, "nonesuch")
