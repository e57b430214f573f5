"""The Dask recipe of docs/scaling.md on a LocalCluster gives the serial CLI's output."""

from __future__ import annotations

from pathlib import Path

import pytest

from jalali_meta import file_record
from jalali_meta.testing import run_cli as main

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

CORPUS = Path(__file__).parent / "corpus"


def test_dask_recipe_matches_serial_cli(tmp_path: Path) -> None:
    """A bag of paths mapped through parse_article on 2 workers equals the CLI's JSON Lines."""
    paths = [str(p) for p in sorted(CORPUS.glob("*.txt"))]
    serial = tmp_path / "serial.jsonl"
    assert main(["--format", "jsonl", "-o", str(serial), *paths]) == 0
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.from_sequence(paths, partition_size=8).map(file_record)
        bag.to_textfiles(str(tmp_path / "part-*.jsonl"))
    parts = sorted(tmp_path.glob("part-*.jsonl"), key=lambda p: int(p.stem.split("-")[1]))
    # Dask ends a part without a newline after its last record: join the parts by lines.
    combined = [line for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    assert combined == serial.read_text(encoding="utf-8").splitlines()
