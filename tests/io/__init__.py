"""Tests of newscorpus.io: loading files and writing exports."""
