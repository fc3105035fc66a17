"""Errors that end a run with exit code 2 (the data's problems are findings, never these), and the
exit codes of the commands."""

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A command line that cannot be carried out."""
