"""Benchmark drafter against a hostile OpenAI-compatible server (#11). Prints figures; asserts nothing.

Each case runs `drafter draft LETTER --no-fallback` (and `batch` and `doctor` for the slow cases)
as a whole process against `drafter.llm.fake.HostileOpenAI` on 127.0.0.1, and prints the child's wall
time and peak memory (`ru_maxrss`) beside the goals: every case ends within `DRAFTER_TIMEOUT`
plus a few seconds, under 200 MB, with one `drafter: ...` line and no key in the output.

    python bench/hostile.py [--timeout 5] [--bomb-mb 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.llm.fake import Hostile, HostileOpenAI, chat_body  # noqa: E402
from drafter.testing.answers import LETTER, answer  # noqa: E402

KEY = "sk-bench-Hq3Wn8Rt5Yc2Pz6"
GRACE = 5.0  # seconds past DRAFTER_TIMEOUT a case may take (start-up, the offline draft)
MEMORY_GOAL_MB = 200

# Runs one command as its only child and reports the child's wall time and peak memory.
_MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True)
wall = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "rss_kb": rss, "rc": done.returncode,
                  "out": done.stdout.decode(errors="replace")[-4000:],
                  "err": done.stderr.decode(errors="replace")[-2000:]}))
"""


@dataclass
class Run:
    wall: float
    rss_mb: float
    rc: int
    out: str
    err: str


def measure(args: list[str], env: dict[str, str], cwd: Path) -> Run:
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args], env=env, cwd=cwd, capture_output=True, text=True, check=True
    )
    data = json.loads(done.stdout)
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: KB on Linux, bytes on macOS
    return Run(data["wall"], data["rss_kb"] * 1024 / scale / 1024, data["rc"], data["out"], data["err"])


def cases(bomb_mb: int, elsewhere: str) -> list[tuple[str, list[str], Hostile]]:
    good = chat_body(json.dumps(answer()))
    draft = ["draft", "letter.txt", "--no-fallback"]
    return [
        ("body trickled, 1 byte / 0.5 s", draft, Hostile(body=good, trickle=0.5)),
        ("body trickled (batch)", ["batch", "."], Hostile(body=good, trickle=0.5)),
        ("headers trickled, 1 byte / 0.5 s", draft, Hostile(trickle_headers=0.5)),
        ("headers trickled (doctor)", ["doctor"], Hostile(trickle_headers=0.5)),
        ("headers trickled (batch)", ["batch", "."], Hostile(trickle_headers=0.5)),
        (f"gzip bomb, {bomb_mb:,} MB decoded", draft, Hostile(gzip_bomb=bomb_mb * 1_000_000)),
        ("plain answer of 50 MB", draft, Hostile(body=b"{" + b" " * 50_000_000 + b"}")),
        ("redirect to another host", draft, Hostile(redirect=elsewhere)),
        ("key echoed back in a 500", draft, Hostile(echo_auth=True)),
        ("answer of 200 KB of words", draft, Hostile(body=chat_body(json.dumps(answer(body="word " * 40_000))))),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=5.0, help="DRAFTER_TIMEOUT for every case")
    parser.add_argument("--bomb-mb", type=int, default=2000, help="decoded size of the gzip bomb")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="drafter-hostile-"))
    (work / "letter.txt").write_text(LETTER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFTER_"))}
    env.update(
        OPENAI_API_KEY=KEY,
        DRAFTER_MODEL="fake-model",
        DRAFTER_TIMEOUT=f"{args.timeout:g}",
        DRAFTER_MAX_RETRIES="0",
        DRAFTER_HOME=str(work / "home"),
        DRAFTER_JOURNAL=str(work / "journal.db"),
        PYTHONPATH=str(ROOT),
    )
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        env.pop(proxy, None)
    limit = args.timeout + GRACE
    print(f"DRAFTER_TIMEOUT={args.timeout:g} s; goals: wall < {limit:g} s, peak memory < {MEMORY_GOAL_MB} MB")
    print(f"{'case':36} {'command':8} {'wall s':>7} {'peak MB':>8} {'exit':>4}  verdict, and what drafter said")
    failures = 0
    with HostileOpenAI() as other:
        for name, command, reply in cases(args.bomb_mb, other.base_url.replace("127.0.0.1", "localhost")):
            for stale in work.glob("letter.reply*"):  # batch would skip a letter it has drafted
                stale.unlink()
            with HostileOpenAI() as server:
                server.default = reply
                run = measure(
                    [sys.executable, "-m", "drafter", *command], {**env, "OPENAI_BASE_URL": server.base_url}, work
                )
            lines = (run.err + run.out).splitlines()
            said = next((ln for ln in lines if ln.startswith(("chat:", "problem:"))), "") or next(
                (ln for ln in lines if "drafter" in ln or "reply" in ln), ""
            )
            said = " ".join(said.split())[:110]
            ok = run.wall < limit and run.rss_mb < MEMORY_GOAL_MB and KEY not in run.err + run.out
            failures += not ok
            verdict = "ok" if ok else "OVER"
            print(f"{name:36} {command[0]:8} {run.wall:7.1f} {run.rss_mb:8.0f} {run.rc:4}  {verdict}: {said}")
        print(f"requests that reached the redirect's target: {len(other.requests)} (goal 0)")
    print(f"{failures} case(s) over a goal")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
