"""PDF bytes -> the text a reader sees (pypdf, imported only here and only for PDF input).

Text-based PDFs (a letter saved or printed to PDF, an applicant-tracking system's attachment)
have a text layer that pypdf reads. A scanned letter is a picture of text with no such layer:
that gets a one-line message saying so rather than "this does not look like a rejection letter".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    from pypdf import PdfReader

MAX_PAGES = 20  # a rejection letter is a page or two; a 300-page PDF is not one
_MAGIC = b"%PDF-"


def looks_like_pdf(data: bytes) -> bool:
    """Whether bytes are a PDF file: they start with its `%PDF-` header."""
    return data[:1024].lstrip()[:5] == _MAGIC


def pdf_text(data: bytes) -> str:
    """The text of a PDF's pages, in order; an InputError for a scan, a locked or broken file."""
    try:
        import pypdf
        from pypdf.errors import PyPdfError
    except ImportError:  # pragma: no cover - pypdf is a dependency; a broken install says so
        raise InputError("reading PDF letters needs the pypdf package (pip install pypdf)") from None
    import io
    import logging
    import warnings

    # pypdf reports recoverable damage through logging; with no handler configured Python would
    # print those records on stderr, around drafter's own one-line messages
    log = logging.getLogger("pypdf")
    if not log.handlers:
        log.addHandler(logging.NullHandler())
    try:
        with warnings.catch_warnings():  # pypdf's notes on a file's small defects are not for the user
            warnings.simplefilter("ignore")
            texts = _page_texts(pypdf.PdfReader(io.BytesIO(data)))
    except InputError:
        raise
    except Exception as exc:  # a damaged or hostile file can break pypdf in many ways: one line each
        kind = "damaged" if isinstance(exc, PyPdfError) else type(exc).__name__
        raise InputError(f"cannot read the PDF ({kind}); is it a complete file?") from None
    text = "\n\n".join(t for t in texts if t)
    if not text.strip():
        raise InputError("the PDF has no text layer (a scanned image?); run it through OCR, or paste the letter's text")
    return text


def _page_texts(reader: PdfReader) -> list[str]:
    if reader.is_encrypted and not _unlock(reader):
        raise InputError("the PDF is password-protected; open it, copy the letter's text and paste it")
    pages = reader.pages
    if len(pages) > MAX_PAGES:
        raise InputError(f"the PDF has {len(pages)} pages; a letter has at most {MAX_PAGES}")
    return [(page.extract_text() or "").strip() for page in pages]


def _unlock(reader: PdfReader) -> bool:
    """Open a PDF locked only against editing (an empty user password), as viewers do."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # a cipher pypdf cannot do without an extra package, or a broken file
        return False
