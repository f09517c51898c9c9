"""Parsing from many threads at once gives the same facts as parsing one letter after another.

Each round runs in a fresh interpreter so the lazily compiled lexicon fragments start cold: the
threads race to compile them, which is where a shared, cached object could be corrupted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

TESTS = Path(__file__).parent
SETS = ("letters", "public_style", "corpus", "fresh", "holdout", "probe")

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path
    import drafter

    paths = [Path(p) for p in json.loads(sys.stdin.read())]

    def facts(path):
        return drafter.parse(path).model_dump(mode="json")

    with ThreadPoolExecutor(max_workers=8) as pool:  # cold caches: the threads compile together
        threaded = list(pool.map(facts, paths))
    sequential = [facts(p) for p in paths]
    differ = [str(p) for p, a, b in zip(paths, threaded, sequential) if a != b]
    print(json.dumps({"parsed": len(paths), "differ": differ}))
    """
)


def _letters() -> list[str]:
    found = []
    for name in SETS:
        for path in sorted((TESTS / name).iterdir()):
            if path.suffix in {".txt", ".eml", ".html"}:
                found.append(str(path))
    return found


def test_parsing_from_8_threads_gives_the_sequential_facts() -> None:
    letters = _letters()
    assert len(letters) > 250
    for _round in range(4):
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT],
            input=json.dumps(letters),
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == {"parsed": len(letters), "differ": []}
