"""Tests of newscorpus.meta.dates: the page's publication date."""
