"""The LLM backend: any OpenAI-compatible server. (Built in the LLM-backend issue.)"""

from __future__ import annotations

from collections.abc import Callable

from .config import Settings
from .errors import ConfigError
from .generate import DraftContext
from .models import DraftResult

Fallback = Callable[[DraftContext], DraftResult]


def draft_with_llm(ctx: DraftContext, settings: Settings, fallback: Fallback) -> DraftResult:
    del ctx, settings, fallback
    raise ConfigError("the openai backend is not available yet; use --offline")


async def adraft_with_llm(ctx: DraftContext, settings: Settings, fallback: Fallback) -> DraftResult:
    del ctx, settings, fallback
    raise ConfigError("the openai backend is not available yet; use --offline")
