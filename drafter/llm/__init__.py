"""LLM: a draft context in, a draft from any OpenAI-compatible server out (the offline draft on failure).

`backend` runs the conversation; `prompt` builds the messages, `redaction` hides personal data
from the server, `client` is the one seam to the network, `answer` reads the reply into a draft,
and `server` knows the server's address and which output mode it supports. The modules are
imported by name, so `drafter doctor` does not load the drafting pipeline. `fake` is a local
stand-in server for tests and benchmarks; drafter itself never imports it.
"""
