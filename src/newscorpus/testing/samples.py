"""The bundled sample pages, under their earlier name: :mod:`newscorpus.samples` is their home.

Example:
    >>> from newscorpus.testing import sample_corpus_path
    >>> sample_corpus_path().name
    'sample_corpus'
"""

from ..samples import sample_corpus_path, sample_expected, sample_pages

__all__ = ["sample_corpus_path", "sample_expected", "sample_pages"]
