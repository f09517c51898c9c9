"""Per-field accuracy on tests/corpus and tests/holdout, letters written apart from the rules.

Scored exactly as `bench/accuracy.py` scores (its code is imported, not copied). The floors sit a
little under the figures reached when they were set (for tests/holdout: one letter less per field,
one whole letter less overall), so a regression fails here; raise them when the parser improves.
Both sets have now been tuned on; a fresh set measures generalisation.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"
HOLDOUT = Path(__file__).resolve().parent / "holdout"

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
# field -> lowest accepted accuracy on tests/holdout (reached: see the comments)
HOLDOUT_FLOORS: dict[str | None, float] = {
    "is_rejection": 0.979,  # 48/48
    "language": 0.979,  # 48/48
    "company": 0.875,  # 36/40
    "role": 0.775,  # 32/40
    "requisition_id": 0.95,  # 39/40
    "candidate_name": 0.975,  # 40/40
    "sender_name": 0.975,  # 40/40
    "sender_title": 0.9,  # 37/40
    "reply_address": 0.975,  # 40/40
    "stage": 0.95,  # 39/40
    "reason": 0.975,  # 40/40
    "feedback": 0.95,  # 39/40
    "future": 0.975,  # 40/40
    None: 0.942,  # 518/536
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


@pytest.fixture(scope="module")
def holdout_score():  # type: ignore[no-untyped-def]
    return _accuracy_module().score(HOLDOUT)


def _check(score, floors: dict[str | None, float], field: str | None) -> None:  # type: ignore[no-untyped-def]
    got = score.accuracy(field)
    misses = "\n".join(m for m in score.misses if field is None or f" {field} " in m)
    assert got >= floors[field], f"{field or 'overall'} {got:.3f} < {floors[field]}\n{misses}"


@pytest.mark.parametrize("field", list(FLOORS), ids=[k or "overall" for k in FLOORS])
def test_corpus_accuracy_floor(corpus_score, field: str | None) -> None:  # type: ignore[no-untyped-def]
    _check(corpus_score, FLOORS, field)


def test_holdout_is_present() -> None:
    assert len(list(HOLDOUT.glob("*.json"))) >= 48


@pytest.mark.parametrize("field", list(HOLDOUT_FLOORS), ids=[k or "overall" for k in HOLDOUT_FLOORS])
def test_holdout_accuracy_floor(holdout_score, field: str | None) -> None:  # type: ignore[no-untyped-def]
    _check(holdout_score, HOLDOUT_FLOORS, field)


FRESH = Path(__file__).resolve().parent / "fresh"
# tests/fresh is the set nobody writes rules from: it measures how the rules carry over to letters
# they were not made for (the best estimate of real, unseen letters). Floors: one letter under
# each figure reached when they were set, so they catch regressions without inviting tuning.
FRESH_FLOORS: dict[str | None, float] = {
    "is_rejection": 34 / 40,  # reached 35/40
    "language": 39 / 40,  # 40/40
    "company": 30 / 33,  # 31/33 (30/33 before the public-style work)
    "role": 29 / 33,  # 30/33 (28/33 before the probe-set work)
    "requisition_id": 30 / 33,  # 31/33
    "candidate_name": 29 / 33,  # 30/33
    "sender_name": 31 / 33,  # 32/33
    "sender_title": 28 / 33,  # 29/33
    "reply_address": 31 / 33,  # 32/33
    "stage": 21 / 33,  # 22/33
    "reason": 21 / 33,  # 22/33 (21/33 before the public-style work, 17/33 before the probe set)
    "feedback": 17 / 33,  # 18/33
    "future": 24 / 33,  # 25/33 (24/33 before the probe-set work)
    None: 376 / 443,  # 377/443 = 0.851 (375/443 before the public-style work, 368/443 before the probe set)
}


@pytest.fixture(scope="module")
def fresh_score():  # type: ignore[no-untyped-def]
    return _accuracy_module().score(FRESH)


@pytest.mark.parametrize("field", list(FRESH_FLOORS), ids=[k or "overall" for k in FRESH_FLOORS])
def test_fresh_accuracy_floor(fresh_score, field: str | None) -> None:  # type: ignore[no-untyped-def]
    _check(fresh_score, FRESH_FLOORS, field)


PROBE = Path(__file__).resolve().parent / "probe"
# tests/probe was written to find general gaps while improving the rules, so it has been tuned on
# (tests/fresh stays the honest estimate). Floors: one letter under each figure reached.
PROBE_FLOORS: dict[str | None, float] = {
    "is_rejection": 47 / 48,  # reached 48/48
    "language": 47 / 48,  # 48/48
    "company": 37 / 38,  # 38/38
    "role": 36 / 38,  # 37/38
    "requisition_id": 37 / 38,  # 38/38
    "candidate_name": 37 / 38,  # 38/38
    "sender_name": 37 / 38,  # 38/38
    "sender_title": 37 / 38,  # 38/38
    "reply_address": 37 / 38,  # 38/38
    "stage": 36 / 38,  # 37/38
    "reason": 37 / 38,  # 38/38
    "feedback": 37 / 38,  # 38/38
    "future": 37 / 38,  # 38/38
    None: 511 / 514,  # 512/514 = 0.996
}


def test_probe_is_present() -> None:
    assert len(list(PROBE.glob("*.json"))) >= 40


@pytest.fixture(scope="module")
def probe_score():  # type: ignore[no-untyped-def]
    return _accuracy_module().score(PROBE)


@pytest.mark.parametrize("field", list(PROBE_FLOORS), ids=[k or "overall" for k in PROBE_FLOORS])
def test_probe_accuracy_floor(probe_score, field: str | None) -> None:  # type: ignore[no-untyped-def]
    _check(probe_score, PROBE_FLOORS, field)


PUBLIC_STYLE = Path(__file__).resolve().parent / "public_style"
# tests/public_style imitates public rejection templates and quoted real rejections (the kind of
# letter the judging set is drawn from); it was used to find general gaps, so it has been tuned on.
# Floors: one letter under each figure reached.
PUBLIC_STYLE_FLOORS: dict[str | None, float] = {
    "is_rejection": 57 / 58,  # reached 58/58
    "language": 57 / 58,  # 58/58
    "company": 48 / 49,  # 49/49
    "role": 48 / 49,  # 49/49
    "requisition_id": 48 / 49,  # 49/49
    "candidate_name": 48 / 49,  # 49/49
    "sender_name": 48 / 49,  # 49/49
    "sender_title": 46 / 49,  # 47/49
    "reply_address": 48 / 49,  # 49/49
    "stage": 46 / 49,  # 47/49
    "reason": 48 / 49,  # 49/49
    "feedback": 48 / 49,  # 49/49
    "future": 48 / 49,  # 49/49
    None: 650 / 655,  # 651/655 = 0.994 (608/655 with the rules it was written against)
}


def test_public_style_is_present() -> None:
    assert len(list(PUBLIC_STYLE.glob("*.json"))) >= 40


@pytest.fixture(scope="module")
def public_style_score():  # type: ignore[no-untyped-def]
    return _accuracy_module().score(PUBLIC_STYLE)


@pytest.mark.parametrize(
    "field", list(PUBLIC_STYLE_FLOORS), ids=[k or "overall" for k in PUBLIC_STYLE_FLOORS]
)
def test_public_style_accuracy_floor(public_style_score, field: str | None) -> None:  # type: ignore[no-untyped-def]
    _check(public_style_score, PUBLIC_STYLE_FLOORS, field)
