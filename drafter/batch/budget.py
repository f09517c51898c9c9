"""The token budget of a batch run (`--max-tokens`): whether one more LLM request may be sent."""

from __future__ import annotations

import math
from dataclasses import dataclass

# Tokens one letter is assumed to cost before any answer has told us (prompt + answer, one retry).
DEFAULT_TOKENS_PER_LETTER = 4000


@dataclass
class Budget:
    """Stop sending LLM requests before the next one could pass `limit` tokens."""

    limit: int | None
    default_estimate: int = DEFAULT_TOKENS_PER_LETTER
    spent: int = 0
    settled: int = 0
    in_flight: int = 0
    stopped: bool = False

    @property
    def estimate(self) -> int:
        """Tokens per letter so far, or the conservative default before any answer."""
        return math.ceil(self.spent / self.settled) if self.settled else self.default_estimate

    def reserve(self) -> bool:
        """Claim room for one more request; False (for good) once the budget would be passed."""
        if self.limit is not None and (self.stopped or self.spent + (self.in_flight + 1) * self.estimate > self.limit):
            self.stopped = True
            return False
        self.in_flight += 1
        return True

    def settle(self, tokens: int | None) -> None:
        self.in_flight -= 1
        if tokens is not None:
            self.spent += tokens
            self.settled += 1
