"""HTML -> plain text for letters: what a reader sees, never text the sender hid.

inscriptis lays out the text (blocks, line breaks, tables); before it runs we drop what a mail
client would not show: comments, script/style/head, and elements hidden with inline CSS or the
`hidden` attribute (tracking preheaders, zero-size spam padding, injected instructions).
lxml and inscriptis are imported here only, so plain-text letters never pay for them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import rx

if TYPE_CHECKING:
    from lxml.html import HtmlElement  # type: ignore[import-untyped]

# Inline CSS that makes an element invisible to the reader.
_HIDDEN_STYLE = rx.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)"
    r"|(?:^|[;\s])font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|$|!)"
    r"|(?:^|[;\s])(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$|!)[^\"]*overflow\s*:\s*hidden"
    r"|overflow\s*:\s*hidden[^\"]*(?:^|[;\s])(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$|!)",
    re.IGNORECASE,
)
_XML_DECLARATION = rx.compile(r"^\s*<\?xml[^>]*>")
_TAG = rx.compile(r"</?(?:p|div|br|table|td|tr|span|body|html|b|i|a|strong|em|ul|li|h[1-6])\b")
_CONTROL = rx.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DROP_TAGS = ("script", "style", "head", "title", "template", "noscript", "object", "iframe", "svg")


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML document or fragment rather than prose with a stray `<`."""
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<body", "<head", "<meta", "<table", "<div", "<p>")):
        return True
    tags = _TAG.findall(head)
    return len(tags) >= 3


def html_to_text(html: str) -> str:
    """The visible text of an HTML letter, laid out as plain text."""
    import lxml.etree  # type: ignore[import-untyped]
    import lxml.html
    from inscriptis import Inscriptis  # type: ignore[import-untyped]
    from inscriptis.model.config import ParserConfig  # type: ignore[import-untyped]

    # lxml rejects str input carrying an XML encoding declaration, and NULs end its parse.
    html = _XML_DECLARATION.sub("", html)
    # lxml refuses control characters and lone surrogates outright
    html = _CONTROL.sub("", html).encode("utf-8", "replace").decode("utf-8")
    if not html.strip():
        return ""
    try:
        doc = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    _remove_hidden(doc)
    text = Inscriptis(doc, ParserConfig(display_links=False, display_images=False)).get_text()
    return str(text)


def _remove_hidden(doc: HtmlElement) -> None:
    import lxml.etree

    doomed = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            # comments and processing instructions
            doomed.append(el)
            continue
        tag = el.tag.lower()
        style = el.get("style") or ""
        if tag in _DROP_TAGS or el.get("hidden") is not None or _HIDDEN_STYLE.search(style):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        if isinstance(el, lxml.etree._Comment | lxml.etree._ProcessingInstruction) or not hasattr(el, "drop_tree"):
            tail = el.tail
            previous = el.getprevious()
            parent.remove(el)
            if tail:
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
        else:
            el.drop_tree()
