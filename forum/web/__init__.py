"""Web adapters shared by every feature: errors, security headers, templates, guards."""
