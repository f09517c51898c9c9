"""`drafter batch` as a person runs it (#12): --exit-zero, Ctrl-C, and a disk that will not take more."""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.llm.fake import FakeOpenAI, Recorded, Reply
from drafter.testing.letters import draft_json, facts_in, letter_text

from .batch_helpers import assert_complete, make_tree, reply_of

ROOT = Path(__file__).resolve().parent.parent


def test_exit_zero_after_writing_but_failures_still_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    letters = make_tree(tmp_path / "t", 2)
    assert main(["batch", "--offline", "--exit-zero", str(tmp_path / "t")]) == 0
    assert "2 written" in capsys.readouterr().out
    assert all(reply_of(letter).is_file() for letter in letters)
    # without it, writing replies is exit 1 (pre-commit's convention)
    letters[0].write_text(letter_text(0) + "\nP.S.\n", encoding="utf-8")
    assert main(["batch", "--offline", str(tmp_path / "t")]) == 1
    (tmp_path / "t" / "empty.txt").write_text("\n", encoding="utf-8")
    assert main(["batch", "--offline", "--exit-zero", str(tmp_path / "t")]) == 2
    assert "empty.txt: failed: input is empty" in capsys.readouterr().err
    # --check is run for its exit code: --exit-zero does not hide a missing reply
    (tmp_path / "t" / "empty.txt").unlink()
    (tmp_path / "t" / "new.txt").write_text(letter_text(7), encoding="utf-8")
    assert main(["batch", "--offline", "--check", "--exit-zero", str(tmp_path / "t")]) == 1


def test_ctrl_c_stops_promptly_and_prints_the_summary_so_far(tmp_path: Path) -> None:
    tree = tmp_path / "letters"
    tree.mkdir()
    count = 400
    for n in range(count):
        (tree / f"l{n:04d}.txt").write_text(letter_text(n), encoding="utf-8")
    cmd = [sys.executable, "-m", "drafter", "batch", "--offline", str(tree)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and len(list(tree.glob("*.reply.md"))) < 3:
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    sent = time.monotonic()
    out, err = proc.communicate(timeout=60)
    waited = time.monotonic() - sent
    assert proc.returncode == 130, out + err
    assert waited < 10, f"took {waited:.1f} s to stop"
    replies = list(tree.glob("*.reply.md"))
    assert 3 <= len(replies) < count // 2, f"{len(replies)} replies after Ctrl-C"
    for reply in replies:
        assert_complete(reply)
    assert not [p.name for p in tree.iterdir() if p.name.endswith(".tmp")]
    # the summary so far: what was written, and what was not reached
    assert re.search(rf"^drafter batch: {len(replies)} written$", out, re.MULTILINE), out
    assert f"interrupted; {count - len(replies)} letter(s) not reached" in err
    assert "Traceback" not in err
    # a re-run finishes the job
    again = subprocess.run([*cmd, "--quiet"], env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 1, again.stderr
    assert len(list(tree.glob("*.reply.md"))) == count


def test_ctrl_c_with_requests_in_flight_stops_and_prints_the_summary(tmp_path: Path) -> None:
    tree = tmp_path / "letters"
    tree.mkdir()
    count = 40
    for n in range(count):
        (tree / f"l{n:02d}.txt").write_text(letter_text(n), encoding="utf-8")

    def answer(request: Recorded) -> Reply:
        return Reply.chat(draft_json(facts_in(str(request.body), 32)))

    with FakeOpenAI(responder=answer, latency=0.3) as fake:
        env = dict(
            os.environ,
            PYTHONPATH=str(ROOT),
            OPENAI_BASE_URL=fake.base_url,
            OPENAI_API_KEY="sk-test-dummy",
            DRAFTER_MAX_RETRIES="0",
        )
        cmd = [sys.executable, "-m", "drafter", "batch", "--jobs", "2", str(tree)]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and len(list(tree.glob("*.reply.md"))) < 2:
            time.sleep(0.01)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, out + err
    replies = list(tree.glob("*.reply.md"))
    assert 2 <= len(replies) < count
    for reply in replies:
        assert_complete(reply)
    assert not [p.name for p in tree.iterdir() if p.name.endswith(".tmp")]
    assert re.search(r"^drafter batch: \d+ written", out, re.MULTILINE), out
    assert "interrupted;" in err and "not reached" in err
    assert "Traceback" not in err


def _limit_file_size() -> None:
    """In the child: no file may grow past 1 KiB (a reply needs more), and going past is the
    error EFBIG, as a full disk's ENOSPC is, rather than the fatal signal SIGXFSZ."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))


def test_a_disk_that_takes_no_more_fails_each_letter_in_one_line(tmp_path: Path) -> None:
    tree = tmp_path / "letters"
    tree.mkdir()
    for n in range(3):
        (tree / f"l{n}.txt").write_text(letter_text(n), encoding="utf-8")
    cmd = [sys.executable, "-m", "drafter", "batch", "--offline", str(tree)]
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=120, preexec_fn=_limit_file_size, check=False
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "this is a bug" not in done.stderr
    for n in range(3):
        assert f"l{n}.txt: failed: cannot write l{n}.txt.reply.md: File too large\n" in done.stderr, done.stderr
    assert "drafter batch: 3 failed" in done.stdout
    # nothing half-written is left: no reply, no temporary file
    assert sorted(p.name for p in tree.iterdir()) == ["l0.txt", "l1.txt", "l2.txt"]


def test_a_reply_folder_blocked_by_a_file_fails_in_one_line(tmp_path: Path) -> None:
    tree = tmp_path / "letters"
    (tree / "inbox").mkdir(parents=True)
    (tree / "inbox" / "a.txt").write_text(letter_text(0), encoding="utf-8")
    out = tmp_path / "out"
    out.write_text("a file where the output folder would go\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "drafter", "batch", "--offline", "--no-journal", "--out", str(out), str(tree)]
    done = subprocess.run(cmd, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "this is a bug" not in done.stderr
    (line,) = [line for line in done.stderr.splitlines() if "a.txt" in line]
    assert line.endswith("Not a directory"), done.stderr
    assert out.read_text(encoding="utf-8") == "a file where the output folder would go\n"
