"""Audit log of administrative and moderation actions."""
