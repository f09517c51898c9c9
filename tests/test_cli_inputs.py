"""Inputs people actually have: a PDF letter (alone or attached to an email), a Maildir, an mbox."""

from __future__ import annotations

import contextlib
import email.message
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import drafter
from drafter.cli import main

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
