"""Errors that end a run with exit code 2 (the data's problems are findings, never these)."""


class UsageError(Exception):
    """A command line that cannot be carried out."""
