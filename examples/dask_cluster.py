"""Load a WARC crawl on a Dask cluster, as a typed dataframe and a Parquet dataset.

A ``LocalCluster`` of two workers stands in for a real cluster here; to use one, replace it with
``Client("tcp://your-scheduler:8786")`` and put the files on a disk every worker mounts (see the
how-to "Run on a Dask cluster"). It needs the ``dask`` and ``warc`` extras
(``pip install 'newscorpus[dask,warc]'``).

Run: python examples/dask_cluster.py
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from newscorpus import Corpus
from newscorpus.samples import sample_pages
from newscorpus.testing import warc_record, write_warc

NEEDED = ("dask", "distributed", "pandas", "fastwarc")


def write_crawl(path: Path) -> Path:
    """The bundled HTML sample pages, three times under different URLs, as a crawl."""
    records = []
    pages = {name: html for name, html in sample_pages().items() if name.endswith(".html")}
    for copy in range(3):
        for name, html in sorted(pages.items()):
            url = f"https://news.example.org/{copy}/{name.removesuffix('.html')}"
            records += [
                warc_record("request", url),
                warc_record("response", url, html.encode("utf-8")),
            ]
    return write_warc(path, records)


def main() -> None:
    missing = [name for name in NEEDED if importlib.util.find_spec(name) is None]
    if missing:
        print(f"skipped: needs {', '.join(missing)}: pip install 'newscorpus[dask,warc]'")
        return
    # Imported here, once known to be installed, so that the script skips instead of failing.
    import pandas  # noqa: PLC0415
    from distributed import Client, LocalCluster  # noqa: PLC0415

    from newscorpus.dask import load_bag, to_dataframe, to_parquet  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        crawl = write_crawl(Path(folder) / "crawl.warc.gz")
        # Threads keep this demonstration quick to start; a real cluster runs worker processes.
        with (
            LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                         dashboard_address=None) as cluster,
            Client(cluster),
        ):  # fmt: skip
            loaded = load_bag(crawl, errors="skip", partition_size=8 * 1024)
            print(f"{loaded.articles.npartitions} partitions over {crawl.name}")
            frame = to_dataframe(loaded.articles)
            print(frame.groupby("source", observed=True).size().compute().to_string())
            written = to_parquet(loaded.articles, Path(folder) / "crawl.parquet")
            corpus = loaded.compute()
        same = list(corpus) == list(Corpus.load(crawl, errors="skip"))
        print(
            f"{len(corpus)} articles, {len(corpus.skipped)} records skipped; same as in-process:"
            f" {same}"
        )
        back = pandas.read_parquet(Path(folder) / "crawl.parquet")
        print(f"Parquet dataset: {written} rows; published is {back.published.dtype}")


if __name__ == "__main__":
    main()
