"""The fuzz harness: hostile and broken repositories, and an oracle that runs every command on them.

- ``sandbox``: a copy of a repository to mutate, with secrets planted outside it (a file, and an
  environment variable the campaign sets) so that a leak shows;
- ``hostile``: what a pull request can put in place of a seed or dataset (links out, FIFOs,
  directories, huge lines, invalid UTF-8);
- ``mutate``: mutations of the real datasets and seeds (text and structure), from a seeded RNG;
- ``grammar``: hypothesis strategies over the dataset format, rendered to YAML text;
- ``oracle``: runs ``validate`` (every format), ``fix --dry-run``, ``numbers`` and ``draft`` in
  this process and says what went wrong (an exit code, a traceback, a report that does not parse,
  a secret in an output, a call over its time bound);
- ``cases``: crashing inputs kept as regression cases (``tests/fuzz/cases/*``);
- ``campaign``: a long campaign in forked workers with a hard time limit (``python -m tests.fuzz.campaign``).
"""
