"""Benchmark `drafter batch` with an LLM over letters in all seven languages. Prints; asserts nothing.

A folder holds `--per-language` copies of a rejection in each of en, de, fr, es, nl, pt and it
(drafter/testing/languages.py). The fake OpenAI server answers every request, after `--latency`
seconds, with a right answer in the letter's language (its facts, greeting and feedback question
included). Reported per language: letters, requests received (goal: exactly one per letter) and
replies the LLM wrote (goal: all; none the offline fallback), then the run's wall time as a ratio
of the ideal (letters x latency / jobs), also less the start-up baseline measured in the same run.

    python bench/llm_languages.py [--per-language 10] [--jobs 8] [--latency 0.2]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import not_negative, positive, times  # noqa: E402
from drafter.llm.fake import FakeOpenAI, Recorded, Reply  # noqa: E402
from drafter.testing.languages import LANGUAGES, LETTERS, NAMES, answer  # noqa: E402

_BY_NAME = {name: lang for lang, name in NAMES.items()}
_WRITE_IN = re.compile(r"Write it in (\w+)")
_FIELD = re.compile(r'^(backend|fallback): "?([^"\n]*)"?$', re.MULTILINE)


def language_of(request: Recorded) -> str:
    """The reply language the system prompt asks for."""
    found = _WRITE_IN.search(str(request.body["messages"][0]["content"]))
    return _BY_NAME[found.group(1)] if found else "en"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=positive, default=10)
    parser.add_argument("--jobs", type=positive, default=8)
    parser.add_argument("--latency", type=not_negative, default=0.2)
    opts = parser.parse_args()

    asked: Counter[str] = Counter()

    def respond(request: Recorded) -> Reply:
        lang = language_of(request)
        asked[lang] += 1
        return Reply.chat(json.dumps(answer(lang), ensure_ascii=False))

    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("DRAFTER_", "OPENAI_"))}
    with (
        tempfile.TemporaryDirectory(prefix="drafter-bench-") as tmp,
        FakeOpenAI(responder=respond, latency=opts.latency) as server,
    ):
        folder = Path(tmp) / "letters"
        for lang in LANGUAGES:
            (folder / lang).mkdir(parents=True)
            for n in range(opts.per_language):
                (folder / lang / f"letter{n:03d}.txt").write_text(LETTERS[lang], encoding="utf-8")
        env = dict(
            base_env,
            DRAFTER_HOME=str(Path(tmp) / "home"),
            DRAFTER_CACHE=str(Path(tmp) / "cache"),
            OPENAI_BASE_URL=server.base_url,
            OPENAI_API_KEY="sk-bench-dummy",
        )
        imports = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import drafter.llm.backend"], env=env, check=True)
            imports.append(time.perf_counter() - t0)
        baseline = min(imports)
        cmd = [sys.executable, "-m", "drafter", "batch", "--quiet", "--no-journal", "--jobs", str(opts.jobs)]
        cmd += ["--name", "Sam Keller", str(folder)]
        start = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start

        total = opts.per_language * len(LANGUAGES)
        print(
            f"{total} letters, {opts.per_language} per language, --jobs {opts.jobs}, "
            f"{opts.latency * 1000:.0f} ms a request"
        )
        print(f"{'language':<10} {'letters':>7} {'requests':>8} {'by the LLM':>10} {'fell back':>9}")
        all_once = True
        for lang in LANGUAGES:
            backends: Counter[str] = Counter()
            for reply in (folder / lang).glob("*.reply.md"):
                fields = dict(_FIELD.findall(reply.read_text(encoding="utf-8").split("\n---\n", 1)[0]))
                backends["fell back" if "fallback" in fields else fields.get("backend", "?")] += 1
            once = asked[lang] == opts.per_language == backends["openai"]
            all_once &= once
            print(
                f"{lang:<10} {opts.per_language:>7} {asked[lang]:>8} {backends['openai']:>10} "
                f"{backends['fell back']:>9}{'' if once else '   <- not one request each'}"
            )
        ideal = total * opts.latency / opts.jobs
        print(f"requests received: {len(server.chat_requests)} for {total} letters (goal: exactly 1 each)")
        print(f"every letter drafted by the LLM with exactly one request: {'yes' if all_once else 'NO'}")
        print(
            f"wall {wall:.2f} s vs ideal {ideal:.2f} s: {times(wall, ideal)}; exit code {done.returncode} (expected 1)"
        )
        print(
            f"  less the baseline `python -c 'import drafter.llm.backend'` ({baseline:.2f} s, this run): "
            f"{times(wall - baseline, ideal)}"
        )
        if done.returncode != 1:
            print(f"stderr tail: {done.stderr.strip()[-400:]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
