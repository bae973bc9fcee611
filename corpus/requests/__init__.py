"""Requests: the request registry, requested periods and legal deadlines."""
