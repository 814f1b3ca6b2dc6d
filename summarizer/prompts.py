"""Prompts as versioned data: load the prompt files (``summarizer/data/prompts/*.md``, shipped in the
package; another folder with ``SUMMARIZER_PROMPTS_DIR``) and render them. No prompt text lives in Python.

A prompt file is Markdown with a small front matter of ``key: value`` lines and named parts::

    ---
    name: draft
    version: 1
    description: …
    ---
    === system ===
    …
    === user ===
    … {{sources}} …

``name`` must equal the file's stem and ``version`` (a whole number) is bumped whenever the text changes;
both go into every output and run record. ``{{placeholder}}`` values are substituted in one pass, so a
value (a source's text, say) is never itself searched for placeholders.

Sources are shown to a model as numbered sentences, exactly as ``summarizer sources`` prints them, inside
``<sources>…</sources>``; the only change is that a literal ``<sources>``/``</sources>`` tag inside a
source is escaped, so a source cannot close the data block early. Sentences flagged as boilerplate are
left out when the caller asks (``include_boilerplate=False``, what ``summarize`` does by default); the ids
of the others never change, and a one-line note says which ids were left out.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .config import LOCATION_VARS, PROMPTS_DIR
from .errors import ConfigError
from .sources import Sentence, Source

_NAME_RE = re.compile(r"^[a-z][a-z0-9_-]*$")
_PART_RE = re.compile(r"^=== *([a-z][a-z0-9_-]*) *===[ \t]*$", re.MULTILINE)
_PLACEHOLDER_RE = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}")
_TAG_RE = re.compile(r"<(/?)(sources|claims|rejected)>", re.IGNORECASE)


@dataclass(frozen=True)
class Prompt:
    """One prompt file: its name, version, description and named text parts (system, user, …)."""

    name: str
    version: int
    description: str
    parts: Mapping[str, str] = field(default_factory=dict)
    path: str = ""

    @property
    def ref(self) -> str:
        """``name@version``, as shown in outputs."""
        return f"{self.name}@{self.version}"

    def placeholders(self, part: str) -> list[str]:
        """The placeholder names used in ``part``, in order of first use."""
        seen: dict[str, None] = {}
        for m in _PLACEHOLDER_RE.finditer(self.part(part)):
            seen.setdefault(m.group(1))
        return list(seen)

    def part(self, part: str) -> str:
        """The raw text of ``part``; ConfigError if the file has no such part."""
        try:
            return self.parts[part]
        except KeyError:
            raise ConfigError(f"prompt {self.ref} ({self.path}) has no '{part}' part") from None

    def render(self, part: str, **values: str) -> str:
        """``part`` with every ``{{name}}`` replaced by ``values[name]`` (one pass; all must be given)."""
        template = self.part(part)
        missing = [p for p in self.placeholders(part) if p not in values]
        if missing:
            raise ConfigError(f"prompt {self.ref}: no value for {', '.join(missing)} in part '{part}'")
        return _PLACEHOLDER_RE.sub(lambda m: str(values[m.group(1)]), template)


def parse_prompt(text: str, origin: str = "<prompt>") -> Prompt:
    """Parse a prompt file's text; ConfigError (naming ``origin``) if it is malformed."""
    text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ConfigError(f"{origin}: a prompt file starts with a '---' front matter line")
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ConfigError(f"{origin}: the front matter has no closing '---' line") from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:close], 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not _NAME_RE.match(key.strip()):
            raise ConfigError(f"{origin}:{number}: expected 'key: value' in the front matter, got {line!r}")
        meta[key.strip()] = value.strip()
    name = meta.get("name", "")
    if not _NAME_RE.match(name):
        raise ConfigError(f"{origin}: front matter needs a 'name' (lower case letters, digits, - or _)")
    raw_version = meta.get("version", "")
    if not raw_version.isdigit() or int(raw_version) < 1:
        raise ConfigError(f"{origin}: front matter needs a 'version' that is a whole number >= 1, got {raw_version!r}")
    body = "\n".join(lines[close + 1 :])
    marks = list(_PART_RE.finditer(body))
    if not marks:
        raise ConfigError(f"{origin}: no parts; start each with a line such as '=== system ==='")
    if body[: marks[0].start()].strip():
        raise ConfigError(f"{origin}: text before the first '=== part ===' line")
    parts: dict[str, str] = {}
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(body)
        part = mark.group(1)
        if part in parts:
            raise ConfigError(f"{origin}: part '{part}' appears twice")
        parts[part] = body[mark.end() : end].strip("\n")
    return Prompt(name=name, version=int(raw_version), description=meta.get("description", ""), parts=parts, path=origin)


def load_prompt(name: str, directory: str | os.PathLike[str] | None = None) -> Prompt:
    """Load ``<directory>/<name>.md`` (default: the prompts shipped in the package); its front matter must say ``name``."""
    folder = Path(directory) if directory is not None else PROMPTS_DIR
    path = folder / f"{name}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"prompt file not found: {path} (set {LOCATION_VARS['prompts_dir']} to the prompts folder)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read prompt file {path}: {exc.__class__.__name__}") from None
    prompt = parse_prompt(text, str(path))
    if prompt.name != name:
        raise ConfigError(f"{path}: front matter says name {prompt.name!r}, but the file is named {name!r}")
    return prompt


def load_prompts(names: Iterable[str], directory: str | os.PathLike[str] | None = None) -> dict[str, Prompt]:
    """Load several prompts by name."""
    return {name: load_prompt(name, directory) for name in names}


def escape_data(text: str) -> str:
    """Escape the data-block tags (``<sources>``, ``</claims>`` …) so data cannot close its block."""
    return _TAG_RE.sub(lambda m: f"&lt;{m.group(1)}{m.group(2)}&gt;", text)


def sentence_line(sentence: Sentence) -> str:
    """One numbered sentence as a model is shown it: ``[1.3] text``."""
    return f"[{sentence.id}] {escape_data(sentence.display_text)}"


def format_sources(sources: list[Source], *, include_boilerplate: bool = True) -> str:
    """All sentences of ``sources``, exactly as ``summarizer sources`` prints them (data tags escaped).

    ``include_boilerplate=False`` leaves out sentences flagged as boilerplate (as ``summarizer sources
    --drop-boilerplate`` does): ids do not change, and a note under each source lists the ids left out.
    """
    out: list[str] = []
    for src in sources:
        out.extend(_source_block(src, src.sentences, None, include_boilerplate=include_boilerplate))
    return "\n".join(out)


def format_sentences(sources: list[Source], sentences: Iterable[Sentence], *, part: str | None = None) -> str:
    """A subset of sentences, grouped under their source headers, in source order (for chunks and repairs)."""
    by_source: dict[int, list[Sentence]] = {}
    for s in sorted(set(sentences), key=lambda s: (s.source, s.number)):
        by_source.setdefault(s.source, []).append(s)
    out: list[str] = []
    for src in sources:
        chosen = by_source.get(src.number)
        if chosen:
            out.extend(_source_block(src, chosen, part))
    return "\n".join(out)


def _source_block(src: Source, sentences: list[Sentence], part: str | None, *,
                  include_boilerplate: bool = True) -> list[str]:
    whole = sentences is src.sentences or len(sentences) == len(src.sentences)
    if whole:
        header = f"# Source {src.number}: {escape_data(src.path)} ({len(src.sentences)} sentences)"
    else:
        label = f"{part}: " if part else ""
        header = (
            f"# Source {src.number}: {escape_data(src.path)} ({label}{len(sentences)} of its "
            f"{len(src.sentences)} sentences, ids kept)"
        )
    lines = [header]
    lines.extend(sentence_line(s) for s in sentences if include_boilerplate or not s.boilerplate)
    flagged = [s for s in sentences if s.boilerplate]
    if flagged and whole:
        ids = ", ".join(s.id for s in flagged)
        shown = "shown above" if include_boilerplate else "left out above"
        lines.append(f"# {len(flagged)} sentence(s) flagged as boilerplate ({shown}; numbering unchanged): {ids}")
    lines.append("")
    return lines
