"""Tests of newscorpus.shapes: the date grammar."""
