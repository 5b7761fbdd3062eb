"""Tests of newscorpus.meta: metadata read from text and markup."""
