"""An organization's own watch terms: words that make the privacy check warn when one of
its members writes them (a ward, an employer, a local project). Editors of the
organization and admins keep the list."""
