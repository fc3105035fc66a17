"""Analyses: what the rules compare, computed from the corpus's frames and seeds.

Each is a pure function of the values it is given (frames, seeds, a vocabulary), never of the
corpus object, so its cost and its inputs are read off its signature. ``checks.context`` computes
each once per run, on first use, and hands the results to the rules.
"""
