"""Tests of the passes that run after the body run is chosen."""
