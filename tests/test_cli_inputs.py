"""Inputs people actually have: a PDF letter (alone or attached to an email), a Maildir, an mbox."""

from __future__ import annotations

import contextlib
import email.message
import hashlib
import mailbox
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import drafter
from drafter.cli import main
from drafter.testing.letters import NOT_A_REJECTION, facts, letter_eml

LINES = [
    "Lumen Labs GmbH - People Team",
    "",
    "Dear Alex Morgan,",
    "",
    "Thank you for applying for the Data Analyst position at Lumen Labs.",
    "Unfortunately, we have decided not to move forward with your application.",
    "We wish you every success in your search.",
    "",
    "Kind regards,",
    "Kim Lee",
    "Recruiter, Lumen Labs",
]


def make_pdf(lines: list[str] | None) -> bytes:
    """A one-page PDF written by hand: `lines` as a text layer, or (None) only a picture, as a scan has."""
    if lines is None:
        pixels = zlib.compress(b"\x80" * 64)
        image_obj = (
            b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream"
        )
        content = b"q 400 0 0 500 100 150 cm /Im1 Do Q"
        resources = b"<< /XObject << /Im1 6 0 R >> >>"
    else:
        shown = []
        for n, line in enumerate(lines):
            text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            shown.append(f"BT /F1 11 Tf 72 {760 - 16 * n} Td ({text}) Tj ET")
        content = "\n".join(shown).encode("cp1252")
        resources = b"<< /Font << /F1 5 0 R >> >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources " + resources + b" >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    if lines is None:
        objects.append(image_obj)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _draft(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["draft", *argv, "--offline", "--no-journal", "--name", "Alex Morgan"])
    out, err = capsys.readouterr()
    return code, out, err


# -- PDF ----------------------------------------------------------------------------------------


def test_a_text_based_pdf_is_read_as_a_letter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(make_pdf(LINES))
    code, out, err = _draft(capsys, str(pdf))
    assert code == 0, err
    assert "Data Analyst" in out and "Lumen Labs" in out and "Kim," in out
    letter = drafter.parse(pdf)
    assert letter.is_rejection and letter.company == "Lumen Labs" and letter.role == "Data Analyst"


def test_a_pdf_on_stdin_is_recognised_by_its_header(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "drafter", "parse", "-", "--json"],
        input=make_pdf(LINES),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert b'"company": "Lumen Labs"' in proc.stdout


def test_a_scanned_pdf_gets_one_line_saying_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(make_pdf(None))
    code, out, err = _draft(capsys, str(pdf))
    assert code == 2 and out == ""
    assert err.startswith("drafter: ") and "no text layer" in err and err.count("\n") == 1


def test_a_broken_pdf_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "cut.pdf"
    pdf.write_bytes(make_pdf(LINES)[:300])
    code, _, err = _draft(capsys, str(pdf))
    assert code == 2 and err.startswith("drafter: ") and err.count("\n") == 1 and "Traceback" not in err


def test_reading_text_never_loads_the_pdf_library(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("\n".join(LINES), encoding="utf-8")
    code = (
        "import sys; from drafter.cli import main; "
        f"main(['draft', {str(letter)!r}, '--offline', '--no-journal']); "
        "print('pypdf' in sys.modules, file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stderr.strip().endswith("False"), proc.stderr


def _eml_with_pdf(body: str, pdf: bytes) -> bytes:
    msg = email.message.EmailMessage()
    msg["From"] = "Kim Lee <kim.lee@lumenlabs.example>"
    msg["To"] = "Alex Morgan <alex@example.org>"
    msg["Subject"] = "Your application"
    msg["Message-ID"] = "<pdf-1@lumenlabs.example>"
    msg.set_content(body)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="Decision.pdf")
    return msg.as_bytes()


@pytest.mark.parametrize("body", ["", "Please see attached.\n\nKim", "Bitte beachten Sie den Anhang."])
def test_a_pdf_attached_to_an_email_is_the_letter_when_the_body_points_to_it(
    body: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eml = tmp_path / "letter.eml"
    eml.write_bytes(_eml_with_pdf(body, make_pdf(LINES)))
    code, out, err = _draft(capsys, str(eml), "--json")
    assert code == 0, err
    assert '"company": "Lumen Labs"' in out and '"role": "Data Analyst"' in out
    assert "kim.lee@lumenlabs.example" in out  # the email's headers still give the reply address


def test_an_email_with_its_own_letter_ignores_the_attachment(tmp_path: Path) -> None:
    body = (
        "Dear Alex,\n\nThank you for applying for the Product Designer role at Brightline. Unfortunately we "
        "will not be moving forward with your application.\n\nBest,\nSam"
    )
    letter = drafter.parse(_eml_with_pdf(body, make_pdf(LINES)))
    assert letter.role == "Product Designer"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(min_value=0, max_value=900), junk=st.binary(max_size=64))
def test_any_damaged_pdf_gives_a_letter_or_an_input_error(cut: int, junk: bytes) -> None:
    whole = make_pdf(LINES)
    data = whole[:cut] + junk + whole[cut + len(junk) :]
    with contextlib.suppress(drafter.InputError):
        drafter.parse(data, filename="letter.pdf")


# -- Maildir and mbox ---------------------------------------------------------------------------


def _batch(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["batch", *argv, "--offline", "--no-journal"])
    out, err = capsys.readouterr()
    return code, out, err


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _message(n: int, *, date: str = "Tue, 03 Nov 2026 09:30:00 +0100", subject: str | None = None) -> bytes:
    data = letter_eml(n)
    f = facts(n)
    data = data.replace(b"Mon, 02 Mar 2026 10:00:00 +0000", date.encode())
    if subject is not None:
        data = data.replace(f"Subject: Your application for {f.role} at {f.company}".encode(), subject.encode())
    return data


def test_a_maildir_is_read_message_by_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mail = tmp_path / "Mail"
    mail.mkdir()
    box = mailbox.Maildir(mail / "Rejections", create=True)
    box.add(mailbox.MaildirMessage(_message(0)))  # unread: in new/
    seen = mailbox.MaildirMessage(_message(1, date="Wed, 04 Nov 2026 16:00:00 +0000"))
    seen.set_subdir("cur")
    seen.add_flag("S")
    box.add(seen)
    box.add(mailbox.MaildirMessage(letter_eml(5, body=NOT_A_REJECTION)))
    before = _tree(mail / "Rejections")

    code, out, err = _batch(capsys, str(mail))
    assert code == 1, err  # replies written (pre-commit's convention)
    replies = sorted(p.name for p in mail.glob("*.reply.md"))
    assert replies == [
        "Rejections.2026-11-03-your-application-for-data-analyst-at-acme.reply.md",
        "Rejections.2026-11-04-your-application-for-data-analyst-at-globex.reply.md",
    ]
    assert _tree(mail / "Rejections") == before  # nothing written inside the Maildir
    assert "(2026-11-03-your-application-for-data-analyst-at-acme): wrote reply" in out
    assert "2 written" in out and "1 not a rejection" in out

    # reading a message in the mail client moves it to cur/ and renames it: still the same letter
    for key in list(box.keys()):
        msg = box[key]
        msg.set_subdir("cur")
        msg.add_flag("S")
        box[key] = msg
    code, out, _ = _batch(capsys, str(mail / "Rejections"))
    assert code == 0 and "2 up to date" in out
    assert sorted(p.name for p in mail.glob("*.reply.md")) == replies


def test_an_mbox_reply_is_named_after_the_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "Rejections.mbox"
    box = mailbox.mbox(path)
    box.add(_message(0, subject="Subject: =?utf-8?q?Ihre_Bewerbung_bei_M=C3=BCller_&_S=C3=B6hne?="))
    box.add(_message(1, subject="Subject: Re: Your application"))
    box.add(_message(2, subject="Subject: Re: Your application"))  # the same day and subject
    box.flush()
    box.close()
    code, out, err = _batch(capsys, str(path))
    assert code == 1, err
    names = sorted(
        p.name.removeprefix("Rejections.mbox.").removesuffix(".reply.md") for p in tmp_path.glob("*.reply.md")
    )
    assert names[0] == "2026-11-03-ihre-bewerbung-bei-muller-sohne"
    assert names[1] == "2026-11-03-your-application"
    assert names[2].startswith("2026-11-03-your-application-") and len(names[2]) == len(names[1]) + 7
    for name in names:
        assert f"({name}): wrote reply" in out
    assert _batch(capsys, str(path))[0] == 0


def test_an_mbox_reply_written_under_the_old_hash_name_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Rejections.mbox"
    box = mailbox.mbox(path)
    box.add(_message(0))
    box.flush()
    box.close()
    assert _batch(capsys, str(path))[0] == 1
    (written,) = tmp_path.glob("*.reply.md")
    key = hashlib.sha256(facts(0).message_id.encode()).hexdigest()[:12]
    legacy = tmp_path / f"Rejections.mbox.{key}.reply.md"
    written.rename(legacy)  # as an older drafter named it
    code, out, _ = _batch(capsys, str(path))
    assert code == 0 and "1 up to date" in out
    assert list(tmp_path.glob("*.reply.md")) == [legacy]


@pytest.mark.parametrize("pdf", [make_pdf(LINES), make_pdf(LINES)[:200], make_pdf(None)])
def test_a_letter_that_mentions_its_attached_copy_is_read_from_the_body(pdf: bytes) -> None:
    body = (
        "Dear Alex,\n\nThank you for attending the interview for the Product Designer post at Brightline. "
        "The post has now been filled. A formal letter confirming this outcome is attached for your records.\n\n"
        "Yours sincerely,\nSam"
    )
    letter = drafter.parse(_eml_with_pdf(body, pdf))
    assert letter.is_rejection and letter.role == "Product Designer"


def test_a_scanned_pdf_behind_an_empty_body_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    eml = tmp_path / "letter.eml"
    eml.write_bytes(_eml_with_pdf("", make_pdf(None)))
    code, _, err = _draft(capsys, str(eml))
    assert code == 2 and "no text layer" in err and err.count("\n") == 1
