"""`drafter batch`: idempotent, atomic, never clobbers an edit, keeps going after a bad letter."""

from __future__ import annotations

import asyncio
import email
import email.policy
import mailbox
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drafter import frontmatter
from drafter.batch import Budget, Options, Report, run_batch
from drafter.cli import main
from drafter.config import Settings, load_settings
from drafter.generate import DraftContext
from drafter.models import DraftResult, Profile, Usage
from drafter.replies import mbox_key

from .letter_factory import NOT_A_REJECTION, facts, letter_eml, letter_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """An empty folder for the letters (tmp_path also holds the test's cwd and drafter home)."""
    folder = tmp_path / "letters-root"
    folder.mkdir()
    return folder


def make_tree(root: Path, count: int = 4) -> list[Path]:
    """`count` letters, alternating .eml and .txt, some in a sub-folder."""
    paths = []
    for n in range(count):
        folder = root / ("inbox" if n % 2 else "inbox/2026")
        folder.mkdir(parents=True, exist_ok=True)
        if n % 2:
            path = folder / f"letter{n}.eml"
            path.write_bytes(letter_eml(n))
        else:
            path = folder / f"letter{n}.txt"
            path.write_text(letter_text(n), encoding="utf-8")
        paths.append(path)
    return paths


def batch(*paths: Path | str, offline: bool = True, **options: object) -> Report:
    settings = load_settings()
    if offline:
        settings = settings.model_copy(update={"backend": "offline"})
    return run_batch(
        [Path(p) for p in paths], Options(**options), settings=settings, profile=Profile()
    )  # type: ignore[arg-type]


def reply_of(letter: Path) -> Path:
    return letter.with_name(letter.name + ".reply.md")


def snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(root)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def assert_complete(reply: Path) -> dict[str, frontmatter.Value]:
    """A reply file that is whole: front matter, and a body whose hash is the recorded one."""
    doc = frontmatter.split(reply.read_text(encoding="utf-8"))
    assert doc is not None, reply
    fields, body = doc
    assert fields["body_sha256"] == frontmatter.sha256_text(body)
    assert body.rstrip().endswith(body.rstrip().splitlines()[-1])
    assert "## Networking note" in body
    return fields


# -- the basic contract ------------------------------------------------------------------------


def test_first_run_writes_every_draft_and_exits_1_second_run_does_nothing(root: Path) -> None:
    letters = make_tree(root / "tree", 4)
    first = batch(root / "tree")
    assert first.exit_code == 1
    assert first.count("written") == 4
    for letter in letters:
        fields = assert_complete(reply_of(letter))
        assert fields["source"] == letter.name
        assert fields["backend"] == "offline"
        assert fields["template"]
    before = snapshot(root / "tree")

    second = batch(root / "tree")
    assert second.exit_code == 0
    assert second.count("current") == 4
    # the cheap path: no letter was even parsed, so no LLM request could have been made
    assert second.prepared == 0
    assert second.requests == 0
    assert snapshot(root / "tree") == before


def test_front_matter_records_the_draft(root: Path) -> None:
    letter = root / "acme.eml"
    letter.write_bytes(letter_eml(0))
    batch(letter)
    text = reply_of(letter).read_text(encoding="utf-8")
    fields = assert_complete(reply_of(letter))
    f = facts(0)
    assert fields["to"] == f.address
    assert isinstance(fields["subject"], str) and fields["subject"].startswith("Re: ")
    assert fields["source"] == "acme.eml"
    import hashlib

    assert fields["source_sha256"] == hashlib.sha256(letter.read_bytes()).hexdigest()
    assert fields["message_id"] == f.message_id
    assert fields["model"] is None
    assert set(fields) >= {"template", "backend", "body_sha256", "eml_sha256"}
    assert f.company in text and "## Reflection checklist" in text


def test_same_stem_letters_get_distinct_replies(root: Path) -> None:
    (root / "acme.eml").write_bytes(letter_eml(0))
    (root / "acme.txt").write_text(letter_text(8), encoding="utf-8")
    report = batch(root)
    assert report.count("written") == 2
    assert (root / "acme.eml.reply.md").is_file()
    assert (root / "acme.txt.reply.md").is_file()


def test_edited_draft_is_never_overwritten_even_when_the_letter_changes(root: Path) -> None:
    edited, plain = root / "a.txt", root / "b.txt"
    edited.write_text(letter_text(0), encoding="utf-8")
    plain.write_text(letter_text(3), encoding="utf-8")
    batch(root)
    reply = reply_of(edited)
    head, sep, body = reply.read_text(encoding="utf-8").partition("\n---\n")
    mine = head + sep + body.replace("Thank you for", "Many thanks for", 1)
    assert mine != reply.read_text(encoding="utf-8")
    reply.write_text(mine, encoding="utf-8")

    # letter unchanged: the edited draft is simply current
    assert batch(root).exit_code == 0

    edited.write_text(letter_text(0) + "\nP.S. We will keep your CV on file.\n", encoding="utf-8")
    plain.write_text(letter_text(3) + "\nP.S. Good luck!\n", encoding="utf-8")
    report = batch(root)
    assert reply.read_text(encoding="utf-8") == mine
    by_label = {o.label.rsplit("/", 1)[-1]: o for o in report.outcomes}
    assert by_label["a.txt"].status == "kept"
    assert "edited by hand" in by_label["a.txt"].detail
    # an unedited draft whose letter changed is re-drafted
    assert by_label["b.txt"].status == "written"
    assert report.exit_code == 1


def test_a_file_that_is_not_a_drafter_reply_is_kept(root: Path) -> None:
    letter = root / "x.txt"
    letter.write_text(letter_text(1), encoding="utf-8")
    reply_of(letter).write_text("my own notes\n", encoding="utf-8")
    report = batch(root)
    assert [o.status for o in report.outcomes] == ["kept"]
    assert reply_of(letter).read_text(encoding="utf-8") == "my own notes\n"


def test_bad_files_fail_with_exit_2_and_the_rest_are_processed(root: Path) -> None:
    good = root / "good.txt"
    good.write_text(letter_text(2), encoding="utf-8")
    (root / "empty.txt").write_text("   \n", encoding="utf-8")
    (root / "huge.txt").write_bytes(b"a" * 2_100_000)
    report = batch(root, root / "missing.eml")
    statuses = {o.label.rsplit("/", 1)[-1]: (o.status, o.detail) for o in report.outcomes}
    assert statuses["good.txt"][0] == "written"
    assert statuses["empty.txt"] == ("failed", "input is empty")
    assert statuses["huge.txt"][0] == "failed"
    assert statuses["missing.eml"] == ("failed", "no such file or folder")
    assert report.exit_code == 2
    assert reply_of(good).is_file()
    assert not reply_of(root / "empty.txt").exists()


def test_non_rejections_binary_hidden_and_own_files_are_skipped(root: Path) -> None:
    (root / "invite.txt").write_text(NOT_A_REJECTION, encoding="utf-8")
    (root / "photo.txt").write_bytes(b"\x89PNG\x00\x00binary")
    (root / ".git").mkdir()
    (root / ".git" / "old.txt").write_text(letter_text(0), encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF")
    (root / "x.txt.reply.md").write_text("stray reply\n", encoding="utf-8")
    report = batch(root, root / "notes.pdf")
    statuses = {o.label.rsplit("/", 1)[-1]: o.status for o in report.outcomes}
    assert statuses == {
        "invite.txt": "not_rejection",
        "photo.txt": "skipped",
        "notes.pdf": "skipped",
    }
    assert report.exit_code == 0
    assert sorted(p.name for p in root.iterdir()) == [
        ".git",
        "invite.txt",
        "notes.pdf",
        "photo.txt",
        "x.txt.reply.md",
    ]


# -- --check, --out, --eml, mbox ---------------------------------------------------------------


def test_check_writes_nothing_and_exits_1_while_drafts_are_missing_or_stale(root: Path) -> None:
    letters = make_tree(root, 3)
    (root / "invite.txt").write_text(NOT_A_REJECTION, encoding="utf-8")
    before = snapshot(root)
    report = batch(root, check=True)
    assert report.exit_code == 1
    assert report.count("stale") == 3
    assert report.count("not_rejection") == 1
    assert snapshot(root) == before

    batch(root)
    assert batch(root, check=True).exit_code == 0

    letters[0].write_text(letter_text(0) + "\nP.S.\n", encoding="utf-8")
    report = batch(root, check=True)
    assert report.exit_code == 1
    assert [o.detail for o in report.outcomes if o.status == "stale"] == ["the letter changed"]


def test_out_mirrors_the_tree(root: Path) -> None:
    os.chdir(root)
    letters = make_tree(Path("letters"), 3)
    report = batch("letters", out=Path("drafts"))
    assert report.count("written") == 3
    for letter in letters:
        reply = Path("drafts") / reply_of(letter)
        fields = assert_complete(reply)
        assert isinstance(fields["source"], str)
        assert (reply.parent / fields["source"]).resolve() == letter.resolve()
        assert not reply_of(letter).exists()
    # scanning the whole folder does not treat the drafts as letters, and all are current
    again = batch(".", out=Path("drafts"))
    assert again.exit_code == 0
    assert again.count("current") == 3


def test_eml_draft_is_threaded_to_the_original(root: Path) -> None:
    letter = root / "acme.eml"
    letter.write_bytes(letter_eml(0))
    assert batch(root, eml=True).exit_code == 1
    draft_path = root / "acme.eml.reply.eml"
    draft = email.message_from_bytes(draft_path.read_bytes(), policy=email.policy.default)
    f = facts(0)
    assert draft["In-Reply-To"] == f.message_id
    assert f.message_id in draft["References"]
    assert draft["Subject"] == f"Re: Your application for {f.role} at {f.company}"
    assert draft["To"] == f.address
    assert draft["X-Unsent"] == "1"
    body = draft.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content().strip() in reply_of(letter).read_text(encoding="utf-8")
    fields = assert_complete(reply_of(letter))
    assert fields["eml_sha256"] == frontmatter.sha256_text(draft_path.read_text(encoding="utf-8"))
    # the .eml draft is drafter's own: not read as a letter on the next run
    again = batch(root, eml=True)
    assert again.exit_code == 0
    assert [o.label.rsplit("/", 1)[-1] for o in again.outcomes] == ["acme.eml"]


def test_eml_added_later_and_a_deleted_eml_is_written_again(root: Path) -> None:
    letter = root / "acme.eml"
    letter.write_bytes(letter_eml(0))
    batch(root)
    assert batch(root, eml=True).count("written") == 1
    (root / "acme.eml.reply.eml").unlink()
    assert batch(root, eml=True).count("written") == 1
    assert (root / "acme.eml.reply.eml").is_file()


def write_mbox(path: Path, messages: list[bytes]) -> None:
    box = mailbox.mbox(path)
    for data in messages:
        box.add(data)
    box.flush()
    box.close()


def test_mbox_gives_one_draft_per_rejection(root: Path) -> None:
    mbox = root / "Rejections.mbox"
    invite = letter_eml(5, body=NOT_A_REJECTION)
    write_mbox(mbox, [letter_eml(0), invite, letter_eml(1)])
    report = batch(mbox)
    assert [o.status for o in report.outcomes] == ["written", "not_rejection", "written"]
    assert [o.label.rsplit("/", 1)[-1] for o in report.outcomes] == [
        "Rejections.mbox#1",
        "Rejections.mbox#2",
        "Rejections.mbox#3",
    ]
    for index, n in ((1, 0), (3, 1)):
        reply = root / f"Rejections.mbox.{mbox_key(facts(n).message_id, b'')}.reply.md"
        fields = assert_complete(reply)
        assert fields["message_index"] == index
        assert fields["message_id"] == facts(n).message_id
        assert fields["source"] == "Rejections.mbox"
    assert len(list(root.glob("*.reply.md"))) == 2
    # deterministic names: a re-run finds both current, even with a new message in front
    write_mbox(mbox, [letter_eml(2)])
    again = batch(root)
    assert again.count("current") == 2
    assert again.count("written") == 1


def test_mbox_message_without_message_id_is_named_by_its_bytes(root: Path) -> None:
    data = letter_eml(3).replace(b"Message-ID:", b"X-Old-ID:")
    write_mbox(root / "box.mbox", [data])
    assert batch(root).count("written") == 1
    assert batch(root).count("current") == 1
    assert len(list(root.glob("box.mbox.*.reply.md"))) == 1


# -- the CLI -----------------------------------------------------------------------------------


def test_cli_exit_codes_and_summary(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_tree(root / "t", 2)
    (root / "t" / "invite.txt").write_text(NOT_A_REJECTION, encoding="utf-8")
    assert main(["batch", "--offline", str(root / "t")]) == 1
    out = capsys.readouterr().out
    assert "2 written" in out and "1 not a rejection" in out
    assert "invite.txt: skipped: not a rejection" in out
    assert main(["batch", "--offline", "--check", str(root / "t")]) == 0
    assert "2 up to date" in capsys.readouterr().out
    assert main(["batch", "--offline", "--quiet", str(root / "t")]) == 0
    assert capsys.readouterr().out == ""


def test_cli_usage_errors_exit_2(root: Path) -> None:
    for argv in (["batch"], ["batch", "--jobs", "0", "."], ["batch", "--max-tokens", "x", "."]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2


def test_progress_bar_draws_on_one_line() -> None:
    import io

    from drafter.commands.batch import ProgressBar

    stream = io.StringIO()
    bar = ProgressBar(stream)
    bar(1, 4)
    bar(4, 4)
    bar.clear()
    text = stream.getvalue()
    assert "\n" not in text and "4/4" in text and text.endswith("\r")


def test_name_and_tone_reach_the_drafts(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (root / "a.txt").write_text(letter_text(0), encoding="utf-8")
    assert (
        main(["batch", "--offline", "--name", "Quinn Example", "--tone", "formal", str(root)]) == 1
    )
    assert "Quinn Example" in reply_of(root / "a.txt").read_text(encoding="utf-8")


# -- the journal call site ---------------------------------------------------------------------


def test_record_is_called_once_per_draft_written(root: Path) -> None:
    import hashlib

    letter = root / "a.eml"
    letter.write_bytes(letter_eml(4))
    calls: list[tuple[str, str, str | None]] = []

    def record(result: DraftResult, source_sha256: str, message_id: str | None) -> None:
        calls.append((result.template, source_sha256, message_id))

    settings = load_settings().model_copy(update={"backend": "offline"})
    for _ in range(2):
        run_batch([root], Options(), settings=settings, profile=Profile(), record=record)
    assert len(calls) == 1
    assert calls[0][1] == hashlib.sha256(letter.read_bytes()).hexdigest()
    assert calls[0][2] == facts(4).message_id


# -- concurrency and the token budget (the LLM seam injected) ----------------------------------


class ScriptedLLM:
    """Stands in for `llm.adraft_with_llm`: waits, answers with the offline draft, counts."""

    def __init__(self, delay: float = 0.02, tokens: int = 1000, fail: str | None = None) -> None:
        self.delay, self.tokens, self.fail = delay, tokens, fail
        self.calls = 0
        self.in_flight = 0
        self.peak = 0

    async def __call__(self, ctx: DraftContext, settings: Settings, *, fallback) -> DraftResult:
        self.calls += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
            if self.fail and self.fail in ctx.letter_text:
                from drafter.errors import BackendError

                raise BackendError("the LLM server answered 500 twice")
            result = fallback(ctx)
            return result.model_copy(
                update={
                    "backend": "openai",
                    "model": "scripted",
                    "usage": Usage(total_tokens=self.tokens),
                }
            )
        finally:
            self.in_flight -= 1


def llm_batch(root: Path, llm: ScriptedLLM, **options: object) -> Report:
    settings = load_settings().model_copy(
        update={"backend": "openai", "base_url": "http://127.0.0.1:9"}
    )
    return run_batch([root], Options(**options), settings=settings, profile=Profile(), llm=llm)  # type: ignore[arg-type]


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
    assert len(replies) == count
    for reply in replies:
        assert_complete(reply)
    assert not [p for p in tree.rglob("*") if p.name.endswith(".tmp")]
    final = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stdout + final.stderr


def test_a_draft_with_carriage_returns_is_not_taken_for_an_edit(root: Path) -> None:
    (root / "a.txt").write_text(letter_text(0), encoding="utf-8")

    class CRLF(ScriptedLLM):
        async def __call__(self, ctx, settings, *, fallback):
            result = await super().__call__(ctx, settings, fallback=fallback)
            email = result.email.model_copy(
                update={"body": result.email.body.replace("\n", "\r\n")}
            )
            return result.model_copy(update={"email": email})

    assert llm_batch(root, CRLF()).count("written") == 1
    assert b"\r\n" in reply_of(root / "a.txt").read_bytes()
    # the letter changes: the untouched draft is re-drafted, not mistaken for a hand edit
    (root / "a.txt").write_text(letter_text(0) + "\nP.S.\n", encoding="utf-8")
    again = llm_batch(root, CRLF())
    assert [o.status for o in again.outcomes] == ["written"]


def test_out_mirrors_from_the_folder_named_when_letters_are_outside_the_cwd(root: Path) -> None:
    letters = make_tree(root / "saved", 2)
    assert not root.is_relative_to(Path.cwd())
    out = Path.cwd() / "drafts"
    assert batch(root / "saved", out=out).count("written") == 2
    for letter in letters:
        assert (out / reply_of(letter.relative_to(root / "saved"))).is_file()


def test_eml_draft_survives_a_subject_with_line_breaks(root: Path) -> None:
    (root / "a.eml").write_bytes(letter_eml(0))

    class Multiline(ScriptedLLM):
        async def __call__(self, ctx, settings, *, fallback):
            result = await super().__call__(ctx, settings, fallback=fallback)
            email = result.email.model_copy(update={"subject": "Re: thanks\nand a question"})
            return result.model_copy(update={"email": email})

    report = llm_batch(root, Multiline(), eml=True)
    assert report.count("written") == 1, report.outcomes
    draft = email.message_from_bytes((root / "a.eml.reply.eml").read_bytes())
    assert draft["Subject"] == "Re: thanks and a question"


def test_a_journal_error_fails_that_letter_only(root: Path) -> None:
    from drafter.errors import DrafterError

    make_tree(root, 3)

    def record(result: DraftResult, source_sha256: str, message_id: str | None) -> None:
        if facts(1).company in result.email.body:
            raise DrafterError("journal is locked")

    settings = load_settings().model_copy(update={"backend": "openai", "base_url": "http://x"})
    report = run_batch(
        [root], Options(), settings=settings, profile=Profile(), record=record, llm=ScriptedLLM()
    )
    assert report.count("written") == 2
    (failed,) = [o for o in report.outcomes if o.status == "failed"]
    assert failed.detail == "reply written, but not journaled: journal is locked"
