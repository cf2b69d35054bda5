"""The benchmark table: printed to the terminal and written as ``BENCHMARKS.md``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Row:
    """One line of the table: a measure, its value and a short note (ratio, spread)."""

    measure: str
    value: str
    note: str = ""


@dataclass
class Section:
    """One numbered figure: its rows and the paragraph that says what limits it."""

    title: str
    rows: list[Row] = field(default_factory=list)
    limits: str = ""

    def add(self, measure: str, value: str, note: str = "") -> None:
        """Append a row.

        Examples
        --------
        >>> s = Section("1"); s.add("floor", "70 ms"); s.rows[0].value
        '70 ms'
        """
        self.rows.append(Row(measure, value, note))


def render_text(sections: list[Section]) -> str:
    """A plain-text table for the terminal.

    Examples
    --------
    >>> print(render_text([Section("1. x", [Row("a", "1")])]).splitlines()[0])
    1. x
    """
    width = max((len(row.measure) for s in sections for row in s.rows), default=10)
    value_width = max((len(row.value) for s in sections for row in s.rows), default=10)
    lines: list[str] = []
    for section in sections:
        lines.append(section.title)
        for row in section.rows:
            lines.append(f"  {row.measure:<{width}}  {row.value:>{value_width}}  {row.note}".rstrip())
        lines.append("")
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(sections: list[Section], *, preamble: str, appendix: str) -> str:
    """``BENCHMARKS.md``: the preamble, one table and one "what limits it" paragraph per
    figure, then the appendix.

    Examples
    --------
    >>> "| a | 1 |" in render_markdown([Section("1. x", [Row("a", "1")])], preamble="", appendix="")
    True
    """
    parts = [preamble.strip(), ""]
    for section in sections:
        parts += [f"## {section.title}", "", "| measure | value | note |", "| --- | ---: | --- |"]
        parts += [f"| {_cell(r.measure)} | {_cell(r.value)} | {_cell(r.note)} |" for r in section.rows]
        if section.limits:
            parts += ["", section.limits.strip()]
        parts.append("")
    parts.append(appendix.strip())
    return "\n".join(parts).rstrip() + "\n"
