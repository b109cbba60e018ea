"""Collaboration health: monthly rollups per organization, metrics, signs of anomie."""
