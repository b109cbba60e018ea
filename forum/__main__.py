"""`python -m forum ...` is the `forum` command (how `forum serve` starts its indexer)."""

from forum.cli import main

main()
