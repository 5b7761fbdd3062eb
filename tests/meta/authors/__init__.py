"""Tests of newscorpus.meta.authors: the page's authors."""
