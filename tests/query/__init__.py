"""Tests of newscorpus.query: the search language and the corpus queries."""
