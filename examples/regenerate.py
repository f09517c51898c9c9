"""Re-draft every example letter offline and write what drafter printed to examples/drafts/.

    python examples/regenerate.py

tests/test_examples.py checks the files are current, so a change in output shows up as a diff.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIGNER = "Alex Morgan"


def render(letter: Path) -> tuple[int, str]:
    """What `drafter draft LETTER --offline --no-journal --name 'Alex Morgan'` prints, and its exit code."""
    from drafter.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["draft", str(letter), "--offline", "--no-journal", "--name", SIGNER])
    return code, out.getvalue()


def expected_files() -> dict[Path, str]:
    files = {}
    for letter in sorted((HERE / "letters").iterdir()):
        code, text = render(letter)
        if code == 0:
            files[HERE / "drafts" / f"{letter.stem}.draft.txt"] = text
    return files


def main() -> int:
    target = HERE / "drafts"
    target.mkdir(exist_ok=True)
    for old in target.glob("*.txt"):
        old.unlink()
    for path, text in expected_files().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
