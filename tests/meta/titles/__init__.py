"""Tests of newscorpus.meta.titles: the page's title."""
