"""Socket.IO: connect/auth, room names, publish-after-commit, presence."""
