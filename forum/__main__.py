"""`python -m forum ...` is the `forum` command (how `forum serve` starts its indexer and its
mail worker)."""

import sys

if sys.argv[1:3] in (["indexer", "--child"], ["worker", "--child"]):
    from forum.indexing.indexer_process import start_as_child

    start_as_child()

from forum.cli import main  # after the child's first steps, on purpose

main()
