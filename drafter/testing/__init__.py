"""Made-up letters and right LLM answers that tests and benchmarks share (stdlib only).

- :mod:`drafter.testing.letters`: numbered rejection letters (text or RFC 5322) for batch runs,
  and for each a `Draft` answer that passes validation.
- :mod:`drafter.testing.answers`: one English interview rejection and a right answer to it.
- :mod:`drafter.testing.languages`: one rejection in each language drafter reads, with right answers.

The local OpenAI stand-in they are served by is :mod:`drafter.llm.fake`. Everything here is
fictional (companies, people); nothing comes from the labelled letter sets. drafter's own code
never imports this package, so `tests/` and `bench/` can both use it without reaching into each other.
"""
