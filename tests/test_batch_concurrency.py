"""`drafter batch` with requests in flight: --jobs, the token budget, failures, a SIGKILL."""

from __future__ import annotations

import email
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drafter.batch import Budget, Options, run_batch
from drafter.config import load_settings
from drafter.errors import DrafterError
from drafter.models import Message, Profile, RejectionLetter
from drafter.testing.letters import facts, letter_eml, letter_text

from .batch_helpers import ScriptedLLM, assert_complete, llm_batch, make_tree, reply_of

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """An empty folder for the letters (tmp_path also holds the test's cwd and drafter home)."""
    folder = tmp_path / "letters-root"
    folder.mkdir()
    return folder


# -- concurrency and the token budget (the LLM seam injected) ----------------------------------


def test_jobs_bounds_the_requests_in_flight(root: Path) -> None:
    make_tree(root, 12)
    llm = ScriptedLLM()
    report = llm_batch(root, llm, jobs=3)
    assert report.count("written") == 12
    assert llm.calls == 12 and llm.peak == 3
    assert report.requests == 12 and report.tokens == 12_000
    fields = assert_complete(reply_of(root / "inbox" / "letter1.eml"))
    assert fields["backend"] == "openai" and fields["model"] == "scripted"
    again = ScriptedLLM()
    assert llm_batch(root, again, jobs=3).exit_code == 0
    assert again.calls == 0


def test_token_budget_stops_sending_finishes_in_flight_and_reports_the_rest(root: Path) -> None:
    make_tree(root, 10)
    llm = ScriptedLLM(tokens=1000)
    # 2 in flight at the default estimate (4000 each) fit in 9000; then 1000 per letter is known
    report = llm_batch(root, llm, jobs=2, max_tokens=4500)
    assert report.exit_code == 2
    written, undone = report.count("written"), report.count("undone")
    assert written + undone == 10 and undone > 0
    assert report.tokens <= 4500
    assert llm.calls == written
    assert all(o.detail == "token budget reached" for o in report.outcomes if o.status == "undone")
    # a re-run with room finishes the job
    assert llm_batch(root, ScriptedLLM(), jobs=2).count("written") == undone


def test_a_backend_failure_fails_one_letter_only(root: Path) -> None:
    make_tree(root, 4)
    llm = ScriptedLLM(fail=facts(2).company)
    report = llm_batch(root, llm, jobs=4)
    assert report.count("failed") == 1 and report.count("written") == 3
    failed = next(o for o in report.outcomes if o.status == "failed")
    assert "500" in failed.detail and failed.label.endswith("letter2.txt")
    assert report.exit_code == 2


def test_budget_estimates_from_what_was_spent() -> None:
    budget = Budget(limit=10_000, default_estimate=3000)
    assert budget.reserve() and budget.reserve() and budget.reserve()
    assert not budget.reserve()  # 4 x 3000 would pass 10,000
    assert budget.stopped
    budget.settle(1000)
    assert budget.estimate == 1000
    assert not budget.reserve()  # once stopped, stopped for good
    unlimited = Budget(limit=None)
    assert all(unlimited.reserve() for _ in range(100))


def test_eml_draft_survives_a_subject_with_line_breaks(root: Path) -> None:
    (root / "a.eml").write_bytes(letter_eml(0))

    class Multiline(ScriptedLLM):
        async def __call__(self, ctx, settings, *, fallback, **options):
            result = await super().__call__(ctx, settings, fallback=fallback, **options)
            email = result.email.model_copy(update={"subject": "Re: thanks\nand a question"})
            return result.model_copy(update={"email": email})

    report = llm_batch(root, Multiline(), eml=True)
    assert report.count("written") == 1, report.outcomes
    draft = email.message_from_bytes((root / "a.eml.reply.eml").read_bytes())
    assert draft["Subject"] == "Re: thanks and a question"


def test_a_journal_error_fails_that_letter_only(root: Path) -> None:
    make_tree(root, 3)

    def record(parsed: RejectionLetter, message: Message, sha256: str) -> None:
        if parsed.company == facts(1).company:
            raise DrafterError("journal is locked")

    settings = load_settings().model_copy(update={"backend": "openai", "base_url": "http://x"})
    report = run_batch([root], Options(), settings=settings, profile=Profile(), record=record, llm=ScriptedLLM())
    assert report.count("written") == 2
    (failed,) = [o for o in report.outcomes if o.status == "failed"]
    assert failed.detail == "reply written, but not journaled: journal is locked"


def test_an_unexpected_error_stops_the_run(root: Path) -> None:
    # letters' own failures are outcomes; anything else (here the progress display) must end
    # the run with that error, not leave it waiting on a request slot that is gone
    make_tree(root, 6)

    def progress(done: int, total: int) -> None:
        raise RuntimeError("the progress display broke")

    settings = load_settings().model_copy(update={"backend": "openai", "base_url": "http://x"})
    with pytest.raises(RuntimeError, match="the progress display broke"):
        run_batch(
            [root],
            Options(jobs=2),
            settings=settings,
            profile=Profile(),
            progress=progress,
            llm=ScriptedLLM(),
        )


# -- killed mid-run ----------------------------------------------------------------------------


def test_killed_mid_run_leaves_only_whole_files_and_a_rerun_finishes(root: Path) -> None:
    tree = root / "tree"
    count = 400
    for n in range(count):
        (tree / f"d{n // 100}").mkdir(parents=True, exist_ok=True)
        (tree / f"d{n // 100}" / f"l{n:04d}.txt").write_text(letter_text(n), encoding="utf-8")
    # a temporary file left by an earlier killed run
    stray = tree / "d0" / ".l0000.txt.reply.md.a1b2c3d4.tmp"
    stray.write_text("---\nhalf", encoding="utf-8")
    cmd = [sys.executable, "-m", "drafter", "batch", "--offline", "--quiet", str(tree)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(tree.rglob("*.reply.md"))) < 20:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    replies = list(tree.rglob("*.reply.md"))
    assert 20 <= len(replies) < count, "the run finished before it could be killed"
    for reply in replies:
        assert_complete(reply)

    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 1, rerun.stderr
    replies = list(tree.rglob("*.reply.md"))
    assert len(replies) == count, rerun.stderr[-3000:]
    for reply in replies:
        assert_complete(reply)
    assert not [p for p in tree.rglob("*") if p.name.endswith(".tmp")]
    final = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stdout + final.stderr


def test_a_draft_with_carriage_returns_is_not_taken_for_an_edit(root: Path) -> None:
    (root / "a.txt").write_text(letter_text(0), encoding="utf-8")

    class CRLF(ScriptedLLM):
        async def __call__(self, ctx, settings, *, fallback, **options):
            result = await super().__call__(ctx, settings, fallback=fallback, **options)
            email = result.email.model_copy(update={"body": result.email.body.replace("\n", "\r\n")})
            return result.model_copy(update={"email": email})

    assert llm_batch(root, CRLF()).count("written") == 1
    assert b"\r\n" in reply_of(root / "a.txt").read_bytes()
    # the letter changes: the untouched draft is re-drafted, not mistaken for a hand edit
    (root / "a.txt").write_text(letter_text(0) + "\nP.S.\n", encoding="utf-8")
    again = llm_batch(root, CRLF())
    assert [o.status for o in again.outcomes] == ["written"]
