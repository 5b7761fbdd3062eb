"""Tests of newscorpus.store: the SQLite store."""
