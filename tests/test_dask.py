"""The Dask recipes of docs/workflows.md on a LocalCluster: WARC, HTML and text to Parquet and JSON Lines."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import jalali_meta as jm

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
pytest.importorskip("warcio")

CORPUS = Path(__file__).parent / "corpus"
FIELDS = [
    "path",
    "url",
    "title",
    "number",
    "published_utc",
    "published_jalali",
    "warnings",
    "error",
]


def to_parquet(paths: list[str], out_dir: str) -> None:
    """The recipe: every input's rows, one typed DataFrame partition per input, one Parquet dataset."""
    import dask

    rows = db.from_sequence(paths, npartitions=len(paths)).map(jm.read_rows, fields=FIELDS)
    parts = [dask.delayed(jm.to_frame)(part, fields=FIELDS) for part in rows.flatten().to_delayed()]
    dd.from_delayed(parts, meta=jm.to_frame([], fields=FIELDS)).to_parquet(out_dir)


def to_jsonl(paths: list[str], out_dir: str) -> None:
    """The JSON Lines recipe: one row per line, every part ending with a newline."""

    def line(row: dict[str, object]) -> str:
        return json.dumps(row, ensure_ascii=False, default=dt.date.isoformat)

    rows = db.from_sequence(paths, npartitions=2).map(jm.read_rows, fields=FIELDS).flatten()
    rows.map(line).to_textfiles(f"{out_dir}/part-*.jsonl", last_endline=True)


@pytest.mark.slow
def test_dask_recipes_on_a_local_cluster(tmp_path: Path) -> None:
    """WARC, HTML and text inputs and one bad file: Parquet and JSON Lines rows, the bad one recorded."""
    pd = pytest.importorskip("pandas")
    from tests.warcs import write_warc

    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\xff" * 64)
    html = sorted((CORPUS / "html").glob("*.html"))[0]
    text = sorted(CORPUS.glob("*.txt"))[0]
    paths = [str(warc), str(html), str(text), str(bad)]
    serial = [row for path in paths for row in jm.read_rows(path, fields=FIELDS)]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster),
    ):
        to_parquet(paths, str(tmp_path / "table"))
        to_jsonl(paths, str(tmp_path / "lines"))
    frame = pd.read_parquet(tmp_path / "table")
    assert list(frame["path"]) == [row["path"] for row in serial]
    assert str(frame["published_utc"].dtype) == "datetime64[us, UTC]"
    assert frame["error"].notna().tolist() == [False] * (len(serial) - 1) + [True]
    assert frame["title"].str.startswith("<").sum() == 0  # HTML parsed as HTML, not as text
    parts = sorted((tmp_path / "lines").glob("part-*.jsonl"), key=lambda p: int(p.stem[5:]))
    texts = [p.read_text(encoding="utf-8") for p in parts]
    assert all(t.endswith("\n") for t in texts)
    lines = [json.loads(line) for t in texts for line in t.splitlines()]
    assert [r["path"] for r in lines] == [row["path"] for row in serial]
