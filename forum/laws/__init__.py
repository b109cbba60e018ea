"""The statute register and legal citations: which laws the text cites, and where.

The register (short name, full name, number, where the official text is) is kept by the
coordinators; forum.text.citations recognizes citations of its statutes when text is rendered
on write, and the citations found are stored here so the page per law is a query.
"""
