"""`drafter batch`: idempotent, never clobbers an edit, keeps going after a bad letter."""

from __future__ import annotations

import email
import email.policy
import hashlib
import os
from pathlib import Path

import pytest

from drafter.batch import Options, run_batch
from drafter.cli import main
from drafter.config import load_settings
from drafter.models import Message, Profile, RejectionLetter
from drafter.output import frontmatter
from drafter.testing.letters import NOT_A_REJECTION, facts, letter_eml, letter_text

from .batch_helpers import assert_complete, batch, make_tree, reply_of, snapshot, write_mbox


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """An empty folder for the letters (tmp_path also holds the test's cwd and drafter home)."""
    folder = tmp_path / "letters-root"
    folder.mkdir()
    return folder


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


def test_mbox_gives_one_draft_per_rejection(root: Path) -> None:
    mbox = root / "Rejections.mbox"
    invite = letter_eml(5, body=NOT_A_REJECTION)
    write_mbox(mbox, [letter_eml(0), invite, letter_eml(1)])
    report = batch(mbox)
    assert [o.status for o in report.outcomes] == ["written", "not_rejection", "written"]
    names = [f"2026-03-02 your application for {facts(n).role} at {facts(n).company}" for n in (0, 5, 1)]
    names = ["-".join(name.lower().replace(".", " ").split()) for name in names]
    assert [o.label.rsplit("/", 1)[-1] for o in report.outcomes] == [
        f"Rejections.mbox#{index} ({name})" for index, name in enumerate(names, 1)
    ]
    for index, n in ((1, 0), (3, 1)):
        reply = root / f"Rejections.mbox.{names[index - 1]}.reply.md"
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

    from drafter.cli.commands.batch import ProgressBar

    stream = io.StringIO()
    bar = ProgressBar(stream)
    bar(1, 4)
    bar(4, 4)
    bar.clear()
    text = stream.getvalue()
    assert "\n" not in text and "4/4" in text and text.endswith("\r")


def test_name_and_tone_reach_the_drafts(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (root / "a.txt").write_text(letter_text(0), encoding="utf-8")
    assert main(["batch", "--offline", "--name", "Quinn Example", "--tone", "formal", str(root)]) == 1
    assert "Quinn Example" in reply_of(root / "a.txt").read_text(encoding="utf-8")


# -- the journal call site ---------------------------------------------------------------------


def test_record_is_called_once_per_draft_written(root: Path) -> None:
    letter = root / "a.eml"
    letter.write_bytes(letter_eml(4))
    calls: list[tuple[str | None, str | None, str]] = []

    def record(parsed: RejectionLetter, message: Message, sha256: str) -> None:
        calls.append((parsed.company, message.message_id, sha256))

    settings = load_settings().model_copy(update={"backend": "offline"})
    for _ in range(2):
        run_batch([root], Options(), settings=settings, profile=Profile(), record=record)
    assert len(calls) == 1
    assert calls[0][:2] == (facts(4).company, facts(4).message_id)
    assert calls[0][2] == hashlib.sha256(letter_eml(4)).hexdigest()


def test_out_mirrors_from_the_folder_named_when_letters_are_outside_the_cwd(root: Path) -> None:
    letters = make_tree(root / "saved", 2)
    assert not root.is_relative_to(Path.cwd())
    out = Path.cwd() / "drafts"
    assert batch(root / "saved", out=out).count("written") == 2
    for letter in letters:
        assert (out / reply_of(letter.relative_to(root / "saved"))).is_file()
