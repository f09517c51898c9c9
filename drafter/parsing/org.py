"""The organisation as the letter itself writes it, read from the letter's structure.

Two structural cues name the employer without any phrase around them:

- the sender's domain, spelt out somewhere in the letter: `staldhelms.ac.uk` is the signature's
  "St Aldhelm's College", `labo-serrault.fr` the From name's "LABORATOIRES SERRAULT SAS",
  `harrowfinch.com` the body's "Harrow & Finch";
- a letterhead: the first line of a formal letter, in capitals or with a legal suffix, above an
  address block ("PELLMORE TECHNOLOGY, INC.", "Stadtwerke Elsterau GmbH · Personalabteilung · …").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import NamedTuple

from .. import rx

# one line holds several parts: "Operations Director | Tidewell Partners", "Acme GmbH · HR · Street 1"
_PARTS = rx.compile(r"\s*(?:[|·•]|\s[–—-]\s|,\s|\s{3,})\s*")
_CAP = r"[A-ZÀ-ÞŒ0-9](?:[\w'’&-]|\.(?=\w))*"
_CAPITALISED = rx.compile(
    rf"(?<![\w'’]){_CAP}(?:[ \t]+(?:(?:&|and|of|for|de|du|des|der|und|di|van|y|e|et|the|la|le|el)"
    rf"[ \t]+)*{_CAP}){{0,5}}"
)
_ADDRESS_LIKE = rx.compile(r"\d|@|https?:|www\.|\b(?i:street|road|avenue|straße|strasse|rue|calle|via)\b")


# parts of a domain that name a service, not the organisation: "fernwick-jobs", "acme-careers"
_SERVICE_PARTS = frozenset("careers career jobs job recruiting recruitment hr talent hiring mail apply people".split())


class Found(NamedTuple):
    name: str
    tier: int  # 0: spelt exactly as the domain, 1: word by word, 2: the domain's first word
    place: int  # 0 signature, 1 From name, 2 letterhead, 3 body


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Case, accents, spaces and punctuation folded away: 'Clínicas Aurora' -> 'clinicasaurora'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


@functools.lru_cache(maxsize=1024)
def _label_parts(label: str) -> tuple[list[str], str, bool]:
    """A domain label's words without service words, joined, and whether that is the whole label."""
    parts = [fold(p) for p in label.split("-") if fold(p)]
    parts = [p for p in parts if p not in _SERVICE_PARTS] or parts  # marlowecrane-careers
    joined = "".join(parts)
    return parts, joined, joined == fold(label)


def _tier(segment: str, label: str) -> int | None:
    """How closely a piece of text spells a domain label (None: not at all)."""
    folded = fold(segment)
    if len(folded) < 3:
        return None
    parts, joined, whole = _label_parts(label)
    anded = fold(segment.replace("&", "and")) if "&" in segment else folded
    if not parts or (parts[0][:3] not in folded and parts[0][:3] not in anded):
        return None  # every way of spelling the label below starts with its first word
    if joined in (folded, anded):
        return 0 if whole else 1  # "fernwick" of fernwick-jobs is only a part
    if len(joined) >= 6 and folded.startswith(joined):  # staldhelms: "St Aldhelm's College"
        return 1
    words = [fold(w) for w in segment.split() if fold(w)]
    if len(parts) >= 2 and len(words) == len(parts) and all(w.startswith(p) for w, p in zip(words, parts, strict=True)):
        return 1  # labo-serrault: "Laboratoires Serrault"
    if len(parts) >= 2 and len(parts[0]) >= 5 and len(words) >= 2 and words[0] == parts[0]:
        return 2  # hanse-vk: "Hanse Versicherungskontor"
    if len(joined) >= 5 and len(words) >= 2 and joined in words[1:]:
        return 2  # hollinsford: "University of Hollinsford"
    return None


def _segments(lines: Iterable[str]) -> Iterable[str]:
    for line in lines:
        for part in _PARTS.split(line.strip()):
            part = part.strip(" ,;:()[]<>\"'")
            if 3 <= len(part) <= 80 and not _ADDRESS_LIKE.search(part):
                yield part


def _rank(found: Found) -> tuple[int, int, int]:
    # spelt exactly: the shortest spelling; spelt by a part: the fullest ("Fernwick Outdoors")
    return found.tier, found.place, len(found.name) if found.tier == 0 else -len(found.name)


def spelt_out(labels: list[str], places: list[Iterable[str]], strip: Callable[[str, bool], str]) -> Found | None:
    """The letter's own spelling of the first domain label it spells out, best match first."""
    best: Found | None = None
    # each place's candidate names, read once for all the labels
    read: dict[int, list[tuple[str, ...]]] = {}
    for label in labels:
        for place, lines in enumerate(places):
            if (named := read.get(place)) is None:
                named = read[place] = _names_in(place, lines, strip)
            for names in named:
                for name in names:
                    tier = _tier(name, label)
                    if tier is None:
                        continue
                    found = Found(name, tier, place)
                    if best is None or _rank(found) < _rank(best):
                        best = found
                    break
        if best is not None:
            return best
    return None


def _names_in(place: int, lines: Iterable[str], strip: Callable[[str, bool], str]) -> list[tuple[str, ...]]:
    """The names each piece of a place's text may stand for: without the team around it ("Acme
    Careers"), then whole, in case that loses the name ("Nexia Talento")."""
    texts = _segments(lines) if place < 3 else (m.group(0) for ln in lines for m in _CAPITALISED.finditer(ln))
    return [tuple(dict.fromkeys((strip(text, True), strip(text, False)))) for text in texts]


_LEGAL_TAIL = rx.compile(
    r"(?:,?\s+(?i:GmbH|AG|Inc\.?|LLC|Ltd\.?|Limited|plc|SAS|SARL|S\.A\.|S\.p\.A\.|S\.r\.l\.|B\.V\.|"
    r"N\.V\.|S\.L\.|Corp\.?|Lda\.?|Ltda\.?|KG|e\.V\.))+\s*$"
)


_DIGIT_AT_COLON = rx.compile(r"\d|@|:")


def letterhead(head: list[str], body: str, alone: bool = False) -> str | None:
    """The organisation heading a formal letter, above its address block.

    The first non-empty line counts when it carries a legal suffix, or when it is in capitals and
    the letter names it again; its spelling in the letter's prose is preferred over capitals.
    `alone`: the line stands by itself (a From name a paste made of the letterhead).
    """
    lines = _without_emblem([ln.strip() for ln in head if ln.strip()])
    if len(lines) < (1 if alone else 2):
        return None
    first = _PARTS.split(lines[0])[0].strip(" ,")
    words = first.split()
    # a public body may be long: "PREFEITURA MUNICIPAL DE SÃO JOSÉ DO RIO CLARO"
    if not 1 <= len(words) <= (9 if _PUBLIC_BODY.search(first) else 6) or _DIGIT_AT_COLON.search(first):
        return None
    # "LLP" is a legal form that stays in the name (a law firm's "Hargreave Pollock LLP")
    kept = _KEPT_FORM.search(first)
    tail = kept.group(0) if kept else ""
    legal = bool(kept or _LEGAL_TAIL.search(first))
    name = _LEGAL_TAIL.sub("", first[: len(first) - len(tail)]).strip(" ,")
    if not name:
        return None
    shouted = name.isupper() and len(fold(name)) >= 4
    if not (legal or shouted):
        return None
    again = re.search(rf"(?i)\b{re.escape(name)}\b", body)
    if again and again.group(0) != name:
        return again.group(0) + tail
    if not (legal or again or (shouted and _PUBLIC_BODY.search(name))):
        return None
    return (_title(name) if shouted else name) + tail


_KEPT_FORM = rx.compile(r"\s+(?i:LLP|PLLC|LP)\s*$")


def kept_form(name: str) -> str:
    """The legal form a name keeps ("LLP"), or ""."""
    kept = _KEPT_FORM.search(name)
    return kept.group(0).strip() if kept else ""


def titled_letterhead(head: list[str]) -> str | None:
    """A letterhead in title case ("Thermeo Services", "Wattle & Quill Books") right above an address.

    Weaker than `letterhead` (a person's name heads an address block too), so the caller checks
    that it is no person's name and no department before taking it.
    """
    lines = _without_emblem([ln.strip() for ln in head if ln.strip()])
    if len(lines) < 3:
        return None
    first = _PARTS.split(lines[0])[0].strip(" ,")
    if not 1 <= len(first.split()) <= 5 or _DIGIT_AT_COLON.search(first) or not _CAPITALISED.fullmatch(first):
        return None
    return first if any(_ADDRESS_LIKE.search(ln) for ln in lines[1:4]) else None


# a state's emblem above the body that writes: "RÉPUBLIQUE FRANÇAISE" over "Mairie de Villeneuve"
_EMBLEM = rx.compile(
    r"(?i)(?:république française|liberté[ ,]+égalité[ ,]+fraternité|repubblica italiana|república portuguesa|"
    r"república federativa do brasil|reino de españa|gobierno de españa|bundesrepublik deutschland|"
    r"koninkrijk der nederlanden|freistaat \w+|land \w+)"
)
# a public body, which heads its letters in capitals without repeating its name in them
_PUBLIC_BODY = rx.compile(
    r"(?i)\b(?:prefeitura|câmara municipal|governo|secretaria|ministério|ministero|ministerio|ministère|ministerium|"
    r"ministry|mairie|préfecture|conseil|région|département|ayuntamiento|diputación|generalitat|junta|gobierno|"
    r"comune|regione|provincia|città|stadt|landkreis|kreis|bezirk|gemeente|provincie|council|county|borough|"
    r"city of|department of|university|universit\w+|hochschule|hogeschool|agenzia|agencia|agência|agence|"
    r"instituto|istituto|institut)\b"
)
_LOWER_WORDS = frozenset(
    "of and the for de du des da do dos das del della delle dei degli di e y et und für der la le el van von".split()
)


def _without_emblem(lines: list[str]) -> list[str]:
    return lines[1:] if lines and _EMBLEM.fullmatch(lines[0].strip(" .")) else lines


def _title(name: str) -> str:
    """A name in capitals in title case, its small words lower: "Prefeitura Municipal de São José"."""
    words = name.title().split()
    return " ".join(w.lower() if i and w.lower() in _LOWER_WORDS else w for i, w in enumerate(words))
