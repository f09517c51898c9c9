"""Shared pieces of the batch tests: letter trees, reply checks, and a scripted LLM seam."""

from __future__ import annotations

import asyncio
import mailbox
from collections.abc import Iterable
from pathlib import Path

from drafter.batch import Options, Report, run_batch
from drafter.config import Settings, load_settings
from drafter.drafting.offline import DraftContext, Fallback
from drafter.errors import BackendError
from drafter.models import DraftResult, Profile, Usage
from drafter.output import frontmatter
from drafter.testing.letters import letter_eml, letter_text


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
    return run_batch([Path(p) for p in paths], Options(**options), settings=settings, profile=Profile())  # type: ignore[arg-type]


def reply_of(letter: Path) -> Path:
    return letter.with_name(letter.name + ".reply.md")


def snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(root)): (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(root.rglob("*")) if p.is_file()
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


def write_mbox(path: Path, messages: list[bytes]) -> None:
    box = mailbox.mbox(path)
    for data in messages:
        box.add(data)
    box.flush()
    box.close()


class ScriptedLLM:
    """Stands in for `llm.adraft_with_llm`: waits, answers with the offline draft, counts."""

    def __init__(self, delay: float = 0.02, tokens: int = 1000, fail: str | None = None) -> None:
        self.delay, self.tokens, self.fail = delay, tokens, fail
        self.calls = 0
        self.in_flight = 0
        self.peak = 0

    async def __call__(
        self,
        ctx: DraftContext,
        settings: Settings,
        *,
        fallback: Fallback,
        redact: bool = False,
        private: Iterable[str | None] = (),
    ) -> DraftResult:
        self.calls += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
            if self.fail and self.fail in ctx.letter_text:
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
    settings = load_settings().model_copy(update={"backend": "openai", "base_url": "http://127.0.0.1:9"})
    return run_batch([root], Options(**options), settings=settings, profile=Profile(), llm=llm)  # type: ignore[arg-type]
