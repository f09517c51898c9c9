"""The offline backend: every situation, language and tone gives a draft that passes validation."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest

import drafter
from drafter.api import draft_offline
from drafter.drafting.offline import DraftContext, offline_draft
from drafter.drafting.situations import load_situations, select
from drafter.drafting.validate import feedback_questions, validate, words
from drafter.models import Feedback, Future, Profile, Reason, RejectionLetter, Stage, Tone

STAGES: list[Stage] = ["application", "screen", "interview", "final", "unknown"]
REASONS: list[Reason] = ["other_candidates", "role_closed", "position_filled", "experience", "logistics"]
FEEDBACK: list[Feedback] = ["offered", "declined", "not_mentioned"]
FUTURES: list[Future] = ["invited", "not_mentioned"]


def make_context(language: str, **facts: object) -> DraftContext:
    letter = RejectionLetter.model_validate({"is_rejection": True, "language": language, **facts})
    known = " ".join(str(v) for v in facts.values())
    return DraftContext(
        letter=letter,
        situation=select(letter, load_situations()),
        profile=Profile.model_validate({"tone": facts["tone"]}) if "tone" in facts else Profile(),
        letter_text=known,
    )


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "nl", "pt", "it"])
@pytest.mark.parametrize("tone", ["warm", "formal", "brief"])
def test_every_combination_passes_validation(language: str, tone: Tone) -> None:
    failures = []
    situations = load_situations()
    # Every situation with the names all absent, all given, and one of the six mixes in turn (all
    # of them across the situations): the names' combinations with each other are crossed with
    # every stage, not with every stage, reason, feedback and future at once.
    names = list(itertools.product([None, "Daniela Ortiz"], [None, "Quillstack"], [None, "Staff Backend Engineer"]))
    mixes = names[1:-1]
    cases = [
        (*situation, *known)
        for n, situation in enumerate(itertools.product(STAGES, REASONS, FEEDBACK, FUTURES))
        for known in (names[0], names[-1], mixes[n % len(mixes)])
    ]
    assert {case[4:] for case in cases} == set(names)
    for stage, reason, feedback, future, sender, company, role in cases:
        letter = RejectionLetter(
            is_rejection=True,
            language=language,
            stage=stage,
            reason=reason,
            feedback=feedback,
            future=future,
            sender_name=sender,
            company=company,
            role=role,
            candidate_name="Tomasz",
            interviewers=["Priya", "Jonah"] if stage == "final" else [],
        )
        profile = Profile(tone=tone)
        ctx = DraftContext(
            letter, select(letter, situations), profile, letter_text=f"{sender} {company} {role} Priya Jonah"
        )
        draft = offline_draft(ctx)
        assert not ctx.warnings, ctx.warnings  # every one of these languages has templates
        problems = validate(
            draft, letter, profile, letter_text=ctx.letter_text, ask_feedback=ctx.situation.meta.ask_feedback
        )
        if problems:
            failures.append((stage, reason, feedback, future, sender, company, role, problems))
    assert failures == []


def test_declined_feedback_gets_no_feedback_question() -> None:
    ctx = make_context("en", stage="interview", feedback="declined", company="Acme", role="Analyst")
    draft = offline_draft(ctx)
    assert ctx.situation.name == "feedback_declined"
    assert feedback_questions(draft.email.body) == []
    assert "stay in touch" in draft.email.body or "considered" in draft.email.body


def test_final_round_thanks_the_named_interviewers() -> None:
    ctx = make_context("en", stage="final", interviewers=["Priya", "Sam", "Jonah"], company="Quillstack")
    body = offline_draft(ctx).email.body
    assert "Priya, Sam and Jonah" in body


def test_greets_the_sender_by_first_name_or_the_team() -> None:
    named = offline_draft(make_context("en", sender_name="Daniela Ortiz", company="Quillstack"))
    assert named.email.body.splitlines()[0] == "Hi Daniela,"
    team = offline_draft(make_context("en", company="Quillstack"))
    assert team.email.body.splitlines()[0] == "Dear Quillstack hiring team,"
    nobody = offline_draft(make_context("en"))
    assert nobody.email.body.splitlines()[0] == "Dear Hiring Team,"


def test_subject_replies_to_the_original_once() -> None:
    draft = offline_draft(make_context("en", subject="RE: Re: Your application", company="Acme"))
    assert draft.email.subject == "Re: Your application"


def test_signs_with_the_profile_name_over_the_letters_name() -> None:
    letter = RejectionLetter(is_rejection=True, candidate_name="Tom", company="Acme")
    ctx = DraftContext(letter, select(letter, load_situations()), Profile(name="Tomasz Nowak"))
    assert offline_draft(ctx).email.body.rstrip().endswith("Tomasz Nowak")


def test_unsupported_language_falls_back_to_english_with_a_warning() -> None:
    ctx = make_context("sv", company="Acme", role="Analytiker", stage="application")
    draft = offline_draft(ctx)
    assert "Thank you" in draft.email.body
    assert ctx.reply_language == "en"
    assert ctx.warnings == []  # rendering pushes nothing into the context


def test_warnings_carry_a_code_and_the_reply_language_is_a_field() -> None:
    result = draft_offline(make_context("sv", company="Acme", role="Analytiker", stage="application"))
    assert result.reply_language == "en"
    assert [w.code for w in result.warnings] == ["reply_language", "no_signer"]
    assert "'sv'" in result.warnings[0].message and "English" in result.warnings[0].message
    # the JSON contract keeps its list of strings
    assert result.to_json_dict()["warnings"] == [w.message for w in result.warnings]


def test_a_german_letter_gets_a_german_reply_and_no_language_warning() -> None:
    ctx = make_context("de", company="Acme", role="Analyst", stage="application", sender_name="Jana Roth")
    result = draft_offline(dataclasses.replace(ctx, profile=Profile(name="Alex Morgan")))
    assert (result.letter.language, result.reply_language) == ("de", "de")
    assert result.warnings == []
    assert "Vielen Dank" in result.email.body or "vielen Dank" in result.email.body


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_formal_register_in_other_languages(language: str) -> None:
    body = offline_draft(make_context(language, stage="interview", company="Acme", sender_name="Ana Ruiz")).email.body
    formal = {"de": " Sie ", "fr": "vous", "es": "usted"}[language]
    assert formal in body
    assert 40 <= words(body) <= 250


def test_checklist_fits_the_stage_and_has_5_to_8_items() -> None:
    app = offline_draft(make_context("en", stage="application", role="Analyst")).checklist
    final = offline_draft(
        make_context(
            "en", stage="final", feedback="offered", future="invited", reason="experience", sender_name="Ana Ruiz"
        )
    ).checklist
    assert 5 <= len(app) <= 8 and 5 <= len(final) <= 8
    assert any("CV" in item.text and "Analyst" in item.text for item in app)
    assert any("question" in item.text for item in final)
    assert not any("question" in item.text for item in app)
    assert any("Ana" in item.text for item in final)  # take up the offered feedback with Ana


def test_networking_note_fits_a_linkedin_request() -> None:
    long_role = "Principal Staff Distinguished Engineer, Platform Reliability and Developer Experience"
    note = offline_draft(
        make_context(
            "en",
            role=long_role,
            company="A Very Long Company Name Holdings",
            sender_name="Maximiliana Montgomery-Featherstonehaugh",
        )
    ).networking_note
    assert 0 < len(note) <= 300


def test_a_user_template_overrides_the_builtin_one(isolated_env: Path) -> None:
    folder = isolated_env / "templates" / "application"
    folder.mkdir(parents=True)
    (folder / "en.j2").write_text(
        "{% block subject %}Custom subject{% endblock %}{% block body %}Dear team at {{ letter.company }}, "
        + "thank you for the update on the application. " * 6
        + "Could you share what would have made my application stronger? Thanks.{% endblock %}",
        encoding="utf-8",
    )
    result = drafter.draft(
        "Subject: Your application\n\nDear Alex,\n\nThank you for applying to Acme Corp. Unfortunately "
        "we have decided not to move forward with your application.\n\nBest,\nAcme Corp Recruiting",
        backend="offline",
    )
    assert result.email.subject == "Custom subject"
