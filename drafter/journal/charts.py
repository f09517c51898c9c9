"""Plain-text tables and Unicode bar charts for the terminal (pure: strings in, strings out)."""

from __future__ import annotations

from collections.abc import Sequence

from .stats import Stats

EIGHTHS = " ▏▎▍▌▋▊▉"
FULL = "█"
BAR_WIDTH = 30
MONTHS_SHOWN = 12
MIN_FLEXIBLE = 8  # a table's flexible column is never cut narrower than this

STAGE_LABELS = {
    "application": "application",
    "screen": "screen",
    "interview": "interview",
    "final": "final round",
    "unknown": "not stated",
}
REASON_LABELS = {
    "other_candidates": "other candidates",
    "position_filled": "position filled",
    "role_closed": "role closed",
    "experience": "experience / skills",
    "logistics": "logistics",
    "not_stated": "not stated",
}


def bar(value: float, maximum: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar `width` cells wide at `maximum`, drawn to an eighth of a cell."""
    if maximum <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / maximum * width * 8))
    return FULL * (eighths // 8) + (EIGHTHS[eighths % 8] if eighths % 8 else "")


def bar_chart(rows: Sequence[tuple[str, int]], *, total: int | None = None) -> list[str]:
    """One line per row: label, bar, count and (with `total`) the share of it."""
    if not rows:
        return ["  (nothing yet)"]
    label_width = max(len(label) for label, _ in rows)
    count_width = max(len(str(n)) for _, n in rows)
    top = max(n for _, n in rows)
    lines = []
    for label, n in rows:
        line = f"  {label:<{label_width}}  {bar(n, top):<{BAR_WIDTH}}  {n:>{count_width}}"
        if total:
            line += f"  {n / total:>4.0%}"
        lines.append(line.rstrip())
    return lines


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    max_width: int = 28,
    *,
    width: int | None = None,
    flexible: Sequence[int] = (),
    ellipsis: str = "…",
) -> str:
    """A left-aligned text table; cells longer than their column are cut with an ellipsis.

    Each column is at most `max_width` wide; with `width`, the `flexible` columns (by index)
    narrow, the widest first, until a line fits in `width` characters (or they are as narrow as
    their headers).
    """
    widths = [min(max_width, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(headers)]
    if width is not None and flexible:
        over = sum(widths) + 2 * (len(widths) - 1) - width
        while over > 0:
            widest = max(flexible, key=lambda i: widths[i])
            if widths[widest] <= max(len(headers[widest]), MIN_FLEXIBLE):
                break
            widths[widest] -= 1
            over -= 1
    cut = [[_cut(c, w, ellipsis) for c, w in zip(row, widths, strict=True)] for row in rows]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("─" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cut]
    return "\n".join(lines) + "\n"


def _cut(cell: str, width: int, ellipsis: str) -> str:
    return cell if len(cell) <= width else cell[: max(0, width - len(ellipsis))] + ellipsis


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _title(text: str) -> str:
    return f"── {text} " + "─" * max(3, 56 - len(text))


def stats_report(stats: Stats) -> str:
    """`drafter stats` as terminal text."""
    if not stats.rejections and not stats.applications and not stats.interviews:
        return "The journal is empty: `drafter draft` records each letter, `drafter log add` the rest.\n"
    out = [
        f"{plural(stats.rejections, 'rejection')}, {plural(stats.applications, 'application')} "
        f"and {plural(stats.interviews, 'interview')} in the journal.",
        "",
        _title("Where in the funnel rejections happen"),
    ]
    out += bar_chart(
        [(STAGE_LABELS[s], n) for s, n in stats.funnel if n or s != "unknown"],
        total=stats.rejections,
    )
    out += ["", _title("Reasons given")]
    reasons = [(REASON_LABELS.get(r, r), n) for r, n in stats.reasons]
    out += bar_chart(reasons, total=stats.rejections)
    fb = stats.feedback
    out += ["", _title("Feedback requests")]
    out += bar_chart(
        [
            ("drafted, not sent", fb.drafted),
            ("sent", fb.asked),
            ("answered", fb.replied),
            ("feedback received", fb.received),
        ]
    )
    rate = f"{fb.received_rate:.0%}" if fb.received_rate is not None else "-"
    out.append(
        f"  asked {fb.asked} of {fb.rejections}, received {fb.received} ({rate} of those asked); "
        f"letters offering feedback {fb.offered}, declining it {fb.declined}"
    )
    months = stats.per_month[-MONTHS_SHOWN:]
    shown = ""
    if len(months) < len(stats.per_month):
        shown = f" (last {len(months)} of {len(stats.per_month)})"
    out += ["", _title(f"Rejections per month{shown}")]
    out += bar_chart(list(months))
    out += ["", _title("Time from application to answer")]
    days = stats.answer_days
    if days is None:
        out.append("  unknown: log applications with `drafter log add application` to see it")
    else:
        out.append(
            f"  median {days.median:g} days, mean {days.mean:.1f} "
            f"(shortest {days.shortest}, longest {days.longest}; {plural(days.count, 'answer')})"
        )
    return "\n".join(out) + "\n"
