"""Demo data: a fictional coordination association, written fresh from the studies' facts."""
