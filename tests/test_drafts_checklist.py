"""The reflection checklist is written in the reply's language and names what the letter said."""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter
from drafter.drafting.checklist import load_catalog, load_wording
from drafter.parsing.language import detect_language

LANGUAGES = ("de", "fr", "es", "nl", "pt", "it")

DUTCH = """Onderwerp: Uw sollicitatie bij Veldkamp Logistiek

Beste Sanne,

Hartelijk dank voor je sollicitatie voor de functie van Planner bij Veldkamp Logistiek en voor het
gesprek van vorige week. Helaas hebben we besloten om niet verder te gaan met je sollicitatie. We
zochten iemand met meer ervaring in transportplanning.

Met vriendelijke groet,
Pieter de Vries
Recruiter, Veldkamp Logistiek
"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalog_item_is_worded_in_every_reply_language(language: str) -> None:
    ids = {item.id for item in load_catalog(None)}
    assert None not in ids
    assert set(load_wording(None, language)) == ids


def test_a_dutch_letter_gets_a_dutch_checklist_naming_its_reason() -> None:
    result = drafter.draft(DUTCH, backend="offline", profile=drafter.Profile(name="Alex Morgan"))
    assert result.reply_language == "nl"
    text = " ".join(f"{item.text} {item.why}" for item in result.checklist)
    assert detect_language(text) == "nl", text
    assert result.letter.reason_text and result.letter.reason_text.rstrip(".") in text
    assert "Send the feedback request" not in text


def _wording_file(home: Path, text: str) -> None:
    folder = home / "templates" / "checklist"
    folder.mkdir(parents=True)
    (folder / "nl.toml").write_text(text, encoding="utf-8")


def test_a_users_wording_file_replaces_the_built_in_one(isolated_env: Path) -> None:
    _wording_file(isolated_env, '[journal]\ntext = "Schrijf het op in je eigen schrift."\nwhy = "Omdat het helpt."\n')
    result = drafter.draft(DUTCH, backend="offline", profile=drafter.Profile(name="Alex Morgan"))
    texts = [item.text for item in result.checklist]
    assert "Schrijf het op in je eigen schrift." in texts
    # items the user's file does not word fall back to the catalog's English
    assert any(t.startswith("Send the feedback request") for t in texts), texts


def test_a_malformed_wording_file_is_a_one_line_error(isolated_env: Path) -> None:
    _wording_file(isolated_env, '[journal]\ntext = "x"\n')
    with pytest.raises(drafter.TemplateError) as exc:
        drafter.draft(DUTCH, backend="offline", profile=drafter.Profile(name="Alex Morgan"))
    assert "nl.toml" in str(exc.value) and "\n" not in str(exc.value)
