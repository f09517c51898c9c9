"""Settings from the environment and `.env`, and the user's profile from a config file.

The environment wins over `.env`; flags win over both (the CLI passes them in explicitly).
Nothing here reads a setting at import time: callers ask for :func:`load_settings`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, ValidationError

from .errors import ConfigError
from .models import BackendName, Profile

BackendChoice = Literal["auto", "offline", "openai"]  # which backend the user asks for

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_RETRY_AFTER_MAX = 20.0
DEFAULT_RETRY_BACKOFF = 0.5


class Settings(BaseModel):
    """Resolved settings. The API key is a SecretStr so it never shows in a repr or a dump."""

    backend: BackendChoice = "auto"
    api_key: SecretStr | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    timeout: float = Field(DEFAULT_TIMEOUT, gt=0, le=86_400, allow_inf_nan=False)
    max_retries: int = Field(DEFAULT_MAX_RETRIES, ge=0, le=10)
    retry_after_max: float = Field(DEFAULT_RETRY_AFTER_MAX, ge=0)
    retry_backoff: float = Field(DEFAULT_RETRY_BACKOFF, ge=0)
    home: Path
    cache_dir: Path | None = None
    journal: Path | None = None

    @property
    def llm_configured(self) -> bool:
        return self.api_key is not None or bool(self.base_url)

    @property
    def resolved_backend(self) -> BackendName:
        """`auto` means the LLM when a key or a base URL is configured, offline otherwise."""
        if self.backend == "auto":
            return "openai" if self.llm_configured else "offline"
        return self.backend

    @property
    def config_file(self) -> Path:
        return self.home / "config.toml"

    @property
    def user_prompts(self) -> Path:
        return self.home / "prompts"

    @property
    def user_templates(self) -> Path:
        return self.home / "templates"


def default_home(environ: Mapping[str, str]) -> Path:
    """drafter's config folder: $DRAFTER_HOME, else the platform's user config folder."""
    if environ.get("DRAFTER_HOME"):
        return Path(environ["DRAFTER_HOME"]).expanduser()
    if os.name == "nt" and environ.get("APPDATA"):
        return Path(environ["APPDATA"]) / "drafter"
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "drafter"


def default_cache(environ: Mapping[str, str] | None = None) -> Path | None:
    """Where drafter caches compiled templates and patterns: see :func:`drafter.cache.cache_dir`;
    None when `DRAFTER_CACHE=off`.

    `environ` must be the real environment, never values from a `.env` file: a cache folder
    holds code, and a `.env` comes with a folder of letters that may be someone else's.
    """
    from .cache import cache_dir, caching_off

    return None if caching_off(environ) else cache_dir(environ)


def read_dotenv(cwd: Path) -> dict[str, str]:
    """Values from `./.env`, if there is one (never from parent folders).

    A file that is not UTF-8, or a line that is not `NAME=value`, is a one-line ConfigError naming
    the file, the line and (when it can be read) the variable; a value is never shown, since it
    may be a key.
    """
    path = cwd / ".env"
    if not path.is_file():
        return {}
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        number = data.count(b"\n", 0, exc.start) + 1
        line = data.splitlines()[number - 1].decode("utf-8", "replace")
        raise ConfigError(
            f"{path} line {number}{_naming(line)}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
            "save the file as UTF-8"
        ) from None
    import io

    from dotenv import dotenv_values
    from dotenv.parser import parse_stream

    for binding in parse_stream(io.StringIO(text)):
        if binding.error:
            raise ConfigError(
                f"{path} line {binding.original.line}{_naming(binding.original.string)}: "
                "cannot read it; each line must be NAME=value (or a # comment)"
            )
    return {k: v for k, v in dotenv_values(stream=io.StringIO(text)).items() if v is not None}


_NAME = re.compile(r"\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)\b")


def _naming(line: str) -> str:
    """` (NAME)` for a line that starts with a variable's name; the rest of the line is never shown."""
    match = _NAME.match(line)
    return f" ({match.group(1)})" if match else ""


def merged_environment(environ: Mapping[str, str] | None = None, cwd: Path | None = None) -> dict[str, str]:
    """The non-empty values of `environ` (default: os.environ) over `./.env` in `cwd`, if given."""
    env = os.environ if environ is None else environ
    dotenv = read_dotenv(cwd) if cwd is not None else {}
    return {**dotenv, **{k: v for k, v in env.items() if v != ""}}


# the environment variable behind each setting
SETTING_VARIABLES = {
    "backend": "DRAFTER_BACKEND",
    "api_key": "OPENAI_API_KEY",
    "base_url": "OPENAI_BASE_URL",
    "model": "DRAFTER_MODEL",
    "timeout": "DRAFTER_TIMEOUT",
    "max_retries": "DRAFTER_MAX_RETRIES",
    "retry_after_max": "DRAFTER_RETRY_AFTER_MAX",
    "retry_backoff": "DRAFTER_RETRY_BACKOFF",
    "journal": "DRAFTER_JOURNAL",
}


def load_settings(environ: Mapping[str, str] | None = None, cwd: Path | None = None) -> Settings:
    """Settings from `environ` (default: the process environment), over `cwd`'s `.env` if `cwd` is given.

    The library reads a `.env` only when asked (`cwd`); the CLI asks for the working folder's.
    An invalid value is a one-line ConfigError naming the variable and where it was set.
    """
    env = os.environ if environ is None else environ
    dotenv = read_dotenv(cwd) if cwd is not None else {}
    merged = {**dotenv, **{k: v for k, v in env.items() if v != ""}}

    def where(variable: str) -> str:
        return "in the environment" if variable in _set(env) else f"in {cwd / '.env' if cwd else '.env'}"

    raw: dict[str, object] = {"home": default_home(merged), "cache_dir": default_cache(env)}
    for field, key in SETTING_VARIABLES.items():
        if merged.get(key):
            raw[field] = merged[key].strip().lower() if field == "backend" else merged[key]
    try:
        if "api_key" in raw:
            raw["api_key"] = api_key(str(raw["api_key"]))
        if "base_url" in raw:
            raw["base_url"] = check_base_url(str(raw["base_url"]))
    except ConfigError as exc:
        variable = "OPENAI_API_KEY" if str(exc).startswith("OPENAI_API_KEY") else "OPENAI_BASE_URL"
        raise ConfigError(str(exc).replace(variable, f"{variable} ({where(variable)})", 1)) from None
    if "base_url" in raw and "OPENAI_BASE_URL" not in _set(env) and "api_key" in raw and "OPENAI_API_KEY" in _set(env):
        raise ConfigError(
            f"{cwd / '.env' if cwd else '.env'} sets OPENAI_BASE_URL, but OPENAI_API_KEY comes from the "
            "environment: drafter does not send your key to a server a .env file names (set "
            "OPENAI_BASE_URL in the environment too, or put the key in that .env file)"
        )
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_setting_error(exc, merged, where)) from None


def _setting_error(exc: ValidationError, merged: Mapping[str, str], where: Callable[[str], str]) -> str:
    """`DRAFTER_BACKEND='llama' in ./.env: Input should be ...`: the variable, its value and its place."""
    parts = []
    for err in exc.errors():
        field = str(err["loc"][0]) if err["loc"] else ""
        variable = SETTING_VARIABLES.get(field)
        if variable is None:
            parts.append(f"{field or 'value'}: {err['msg']}")
            continue
        shown = "" if field == "api_key" else f"={merged.get(variable, '').strip()!r}"
        parts.append(f"{variable}{shown} {where(variable)}: {err['msg']}")
    return "invalid setting: " + "; ".join(parts)


def working_folder() -> Path | None:
    """The working folder, whose `.env` the CLI reads; None when it is gone."""
    try:
        return Path.cwd()
    except OSError:
        return None


def _set(env: Mapping[str, str]) -> set[str]:
    return {k for k, v in env.items() if v != ""}


def _unprintable(text: str) -> int | None:
    """The 1-based position of the first character that cannot go in an HTTP header, if any."""
    for index, char in enumerate(text, 1):
        if not " " < char < "\x7f":
            return index
    return None


def api_key(value: str) -> str:
    """The key without surrounding whitespace (a CRLF key file, a pasted tab); malformed: an error not showing it."""
    key = value.strip()
    bad = _unprintable(key)
    if bad is not None:
        raise ConfigError(
            f"OPENAI_API_KEY has a space, control or non-ASCII character at position {bad} of {len(key)}; "
            "it cannot be sent (the key is not shown)"
        )
    return key


def check_base_url(value: str) -> str:
    """OPENAI_BASE_URL without surrounding whitespace; a one-line error if it is not an http(s) URL."""
    from urllib.parse import urlsplit

    url = value.strip()
    problem = None
    if _unprintable(url) is not None:
        problem = "it has a space, control or non-ASCII character"
    else:
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
        except ValueError as exc:
            problem = str(exc)
        else:
            if parts.scheme not in ("http", "https"):
                problem = "it must start with http:// or https://"
            elif not parts.hostname:
                problem = "it names no host"
    if problem:
        raise ConfigError(f"OPENAI_BASE_URL is not a usable URL: {problem}")
    return url


PROFILE_SECTION = "profile"


def config_path(settings: Settings | None = None) -> Path:
    """The config file holding the profile: `$DRAFTER_HOME/config.toml`."""
    return settings.config_file if settings is not None else default_home(os.environ) / "config.toml"


def read_profile_table(path: Path) -> dict[str, object]:
    """The `[profile]` table of the config file at `path` (empty when there is no file).

    Anything else in the file is an error, so a misspelled `[profle]` or a `name =` above the
    table cannot leave drafts unsigned without a word.
    """
    if not path.is_file():
        return {}
    import tomllib  # only for a config file (~1 ms)

    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    for key, value in doc.items():
        if key == PROFILE_SECTION:
            continue
        if isinstance(value, dict):
            raise ConfigError(f"{path}: unknown section [{key}] (drafter reads only [{PROFILE_SECTION}])")
        if key in Profile.model_fields:
            raise ConfigError(f"{path}: {key!r} must be inside the [{PROFILE_SECTION}] table")
        raise ConfigError(f"{path}: unknown key {key!r} (drafter reads only the [{PROFILE_SECTION}] table)")
    section = doc.get(PROFILE_SECTION, {})
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [{PROFILE_SECTION}] must be a table")
    return section


def load_profile(settings: Settings | None = None, **overrides: str | None) -> Profile:
    """The saved profile (the `[profile]` table of the config file), with non-empty overrides on top.

    Without `settings` the config file is found from the environment (`DRAFTER_HOME`, else the
    user config folder); no `.env` is read.
    """
    path = config_path(settings)
    data = read_profile_table(path)
    data.update({k: v for k, v in overrides.items() if v})
    return validate_profile(data, path)


def validate_profile(data: dict[str, object], path: Path) -> Profile:
    """`data` as a Profile, or a one-line ConfigError naming `path` and the key at fault."""
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        unknown = [str(e["loc"][0]) for e in exc.errors() if e["type"] == "extra_forbidden"]
        if unknown:
            known = ", ".join(Profile.model_fields)
            raise ConfigError(f"{path}: unknown profile key {unknown[0]!r} (known: {known})") from None
        raise ConfigError(f"invalid profile in {path}: {flatten(exc)}") from None


def flatten(exc: ValidationError) -> str:
    """A pydantic error as one readable line: `field: message; field: message`."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "value"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)
