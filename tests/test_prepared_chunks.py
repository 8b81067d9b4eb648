"""The chunks a model ships prepared (chunks.jsonl): the same features as chunks prepared on the spot, and
refused when they do not fit the model."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

import numpy as np
import pytest

import scamdetect
from scamdetect.backends.linear.chunk_file import CHUNK_FILE, read_chunk_file, write_chunk_file
from scamdetect.backends.linear.chunk_table import SENTINEL, ChunkTable
from scamdetect.backends.linear.vocab_columns import VocabColumns
from scamdetect.model_dir import ModelError
from training.data import load_corpus
from training.prepared_chunks import common_chunks, prepared_table


@pytest.fixture(scope="module")
def backend():
    return scamdetect.load_model().backend


def _empty_table(backend) -> ChunkTable:
    return ChunkTable(VocabColumns(backend.vocab, backend.max_chars), backend.max_chars)


def test_the_shipped_model_starts_with_its_prepared_chunks_and_keeps_them_when_it_forgets(backend) -> None:
    manifest = json.loads((Path(scamdetect.__file__).parent / "models/default/manifest.json").read_text())
    assert CHUNK_FILE in manifest["files"]  # so its sha256 is checked on load
    shipped = len(backend._chunks)
    assert shipped > 10_000 and backend._chunks._ids.get("khoản")
    backend._chunks.occurrence_keys(["Zyxwq Plomb đã gửi 12 quả"], backend.n_features + 1)
    assert len(backend._chunks) > shipped
    backend._chunks.clear()
    assert len(backend._chunks) == shipped and "Zyxwq" not in backend._chunks._ids


def test_the_shipped_records_are_what_this_code_prepares(backend) -> None:
    # records are derived data: a change to normalisation or features must show up here, not as silent drift
    chunks, records, columns = backend._chunks.export()
    fresh = _empty_table(backend)
    for raw in chunks:
        fresh.prepare(raw)
    again, fresh_records, fresh_columns = fresh.export()
    mine = dict(zip(chunks, np.frombuffer(records, "<i4").reshape(-1, 12)[1:]))
    store = np.frombuffer(columns, "<i4")
    fresh_store = np.frombuffer(fresh_columns, "<i4")
    for raw, record in zip(again, np.frombuffer(fresh_records, "<i4").reshape(-1, 12)[1:]):
        shipped = mine[raw]
        # the same record but for where its columns lie in the store, and the same columns there
        assert list(shipped[1:]) == list(record[1:]), raw
        assert list(store[shipped[0]:shipped[0] + shipped[1]]) == list(fresh_store[record[0]:record[0] + record[1]]), raw


def test_the_shipped_units_are_what_this_code_computes(backend) -> None:
    shipped = backend._chunks.columns
    fresh = VocabColumns(backend.vocab, backend.max_chars)
    units = list(shipped._prepared)
    assert len(units) > 10_000
    for unit in units[::7]:
        key, columns = shipped.entry(unit)
        assert (key, list(columns)) == (fresh.entry(unit)[0], list(fresh.entry(unit)[1])), unit


def test_a_preloaded_table_gives_every_text_the_features_of_an_empty_one(backend) -> None:
    texts = [row["text"] for row in random.Random(5).sample(load_corpus(), 800)]
    width = backend.n_features + 1
    expected = _empty_table(backend).occurrence_keys(texts, width)
    assert np.array_equal(backend._chunks.occurrence_keys(texts, width), expected)


def test_forgetting_the_prepared_chunks_changes_speed_not_features() -> None:
    model = scamdetect.load_model()
    texts = [row["text"] for row in random.Random(6).sample(load_corpus(), 300)]
    width = model.backend.n_features + 1
    prepared = model.backend._chunks.occurrence_keys(texts, width)
    model.backend._chunks.forget_prepared()
    assert len(model.backend._chunks) == 0 and not model.backend._chunks.columns._prepared
    assert np.array_equal(model.backend._chunks.occurrence_keys(texts, width), prepared)


def test_common_chunks_are_those_enough_writers_use(backend) -> None:
    rows = [{"text": "Chuyển khoản cho Quynh nhé", "writer": "a"}, {"text": "đã chuyển khoản, cảm ơn", "writer": "b"},
            {"text": "Chuyển khoản rồi", "writer": "c"}, {"text": "Quynh ơi khoản này", "writer": "c"}]
    table = _empty_table(backend)
    groups = [[r["text"] for r in rows if r["writer"] == w] for w in "abc"]
    assert common_chunks(table, groups, 3) == ["khoản"]
    assert set(common_chunks(table, groups, 2)) == {"khoản", "Chuyển", "Quynh"}
    built = prepared_table(backend.vocab, backend.max_chars, rows, 2)
    assert set(built.chunk_strings()) == {SENTINEL, "khoản", "Chuyển", "Quynh"}


def _write(tmp_path: Path, backend, **change) -> Path:
    table = _empty_table(backend)
    for raw in ("khoản", "nhé", "500.000đ"):
        table.prepare(raw)
    path = tmp_path / CHUNK_FILE
    write_chunk_file(path, table, backend.n_features)
    header, *values = [json.loads(line) for line in path.read_text().splitlines()]
    document = {**header, **dict(zip(header["lines"], values))}
    document.update(change)
    lines = [{key: document[key] for key in header}, *(document[name] for name in header["lines"])]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def test_a_written_file_reads_back(tmp_path: Path, backend) -> None:
    table = _empty_table(backend)
    read_chunk_file(_write(tmp_path, backend), table, backend.n_features)
    assert table.chunk_strings() == [SENTINEL, "khoản", "nhé", "000.000đ", "500.000đ"]  # an amount shares its shape


@pytest.mark.parametrize(("change", "message"), [
    ({"format": 1}, "format 1"),
    ({"featurizer_version": 2}, "featurizer v2"),
    ({"n_features": 10}, "for 10 features"),
    ({"records": "not base64!"}, "unusable"),
    ({"chunks": ["khoản", "khoản", "x", "y"]}, "repeated"),
    ({"chunks": ["khoản"]}, "record fields for 1 chunks"),
    ({"units": "khoản"}, "'units' is not a list"),
    ({"unit_counts": base64.b64encode(np.array([1, 2], "<i4").tobytes()).decode()}, "units, .* keys and 2 counts"),
    ({"columns": base64.b64encode(np.full(200, 10**8, "<i4").tobytes()).decode()}, "outside the vocabulary"),
    ({"columns": ""}, "outside the column store"),
])
def test_a_file_that_does_not_fit_the_model_is_refused(tmp_path: Path, backend, change, message) -> None:
    path = _write(tmp_path, backend, **change)
    with pytest.raises(ModelError, match=message) as err:
        read_chunk_file(path, _empty_table(backend), backend.n_features)
    assert CHUNK_FILE in str(err.value)
