"""Organizations, users, roles, invitations, sessions and login."""
