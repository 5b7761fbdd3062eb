"""Tests of newscorpus.clean: the body decision, its languages and phrases."""
