"""Tests of the cleaning rules, one family per file."""
