"""The test suite: one folder per package of src/newscorpus, files named by the concept they test.

Each folder is a package (this file and one in each folder), so that test files of the same name
in different folders (``test_equivalence.py``) get distinct module names under pytest's default
import mode.
"""
