"""Per-field accuracy on tests/corpus, letters written independently of the parser's rules.

Scored exactly as `bench/accuracy.py` scores (its code is imported, not copied). The floors sit a
little under the figures reached when they were set, so any regression fails here; raise them
when the parser improves.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"

# field -> lowest accepted accuracy on tests/corpus (None = overall)
FLOORS: dict[str | None, float] = {
    "is_rejection": 0.98,
    "language": 0.98,
    "company": 0.875,
    "role": 0.85,
    "requisition_id": 0.95,
    "candidate_name": 0.95,
    "sender_name": 0.95,
    "sender_title": 0.95,
    "reply_address": 0.95,
    "stage": 0.925,
    "reason": 0.95,
    "feedback": 0.95,
    "future": 0.95,
    None: 0.965,
}


def _accuracy_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_accuracy", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus_score():  # type: ignore[no-untyped-def]
    return _accuracy_module().score(CORPUS)


def test_corpus_is_present() -> None:
    assert len(list(CORPUS.glob("*.json"))) >= 40


@pytest.mark.parametrize("field", list(FLOORS), ids=[k or "overall" for k in FLOORS])
def test_corpus_accuracy_floor(corpus_score, field: str | None) -> None:  # type: ignore[no-untyped-def]
    got = corpus_score.accuracy(field)
    misses = "\n".join(m for m in corpus_score.misses if field is None or f" {field} " in m)
    assert got >= FLOORS[field], f"{field or 'overall'} {got:.3f} < {FLOORS[field]}\n{misses}"
