"""A member's own data: the export (GDPR articles 15 and 20) and erasure (article 17)."""
