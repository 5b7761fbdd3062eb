"""The embedded store: a corpus in one SQLite file with an FTS5 index, for corpora bigger than
memory, with the query API of :class:`~newscorpus.corpus.Corpus`.

* :func:`write_store` writes a new store from any iterable of articles (``Corpus.save``).
* :class:`StoredCorpus` opens one (``Corpus.open``; ``read_only=True`` to only read): lazy
  iteration, ``add`` (a true re-add of the same record is skipped), ``check``, and
  ``where``/``search``/``filter``/``kwic``/``counts``/``sources``/``authors`` evaluated in SQL
  where they can be; the other analyses and exports of ``Corpus`` by streaming the view.
* ``SCHEMA_VERSION`` is the file layout this code reads and writes.

Example:
    >>> SCHEMA_VERSION
    3
"""

from ._schema import SCHEMA_VERSION
from ._write import write_store
from .stored import StoredCorpus

__all__ = ["SCHEMA_VERSION", "StoredCorpus", "write_store"]
