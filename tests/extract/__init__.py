"""Tests of extraction end to end: extract_html, extract_text and the sample pages."""
