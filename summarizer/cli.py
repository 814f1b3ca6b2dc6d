"""The command line: the only module that imports click, prints, or exits.

Exit codes: 0 ok; 1 verification rejected something (verify, and summarize --strict); 2 usage or input
error; 3 model/provider failure after retries. Set SUMMARIZER_DEBUG=1 to see tracebacks.
"""

from __future__ import annotations

import os
import sys

import click

from . import __version__
from .atomic import write_text_atomic
from .errors import InputError, SummarizerError
from .render import report_json, report_text, sources_json, sources_text
from .sources import DEFAULT_MAX_SOURCE_BYTES, STDIN, Source, decode_source, load_sources, read_source_bytes
from .verify import DEFAULT_MIN_SUPPORT, Verifier, VerifierConfig

EXIT_CODES_HELP = """\b
Exit codes:
  0  success (verify: every claim supported)
  1  verification rejected at least one claim
  2  bad usage or bad input (unreadable, empty, binary or oversized file)
  3  the model provider failed after retries
"""


class _Group(click.Group):
    """Turns library errors into one ``Error: …`` line and the documented exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SummarizerError as exc:
            if os.environ.get("SUMMARIZER_DEBUG"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group, epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="summarizer")
def cli() -> None:
    """Summaries in which every sentence is checked against the source sentences it cites."""


def _max_bytes() -> int:
    raw = os.environ.get("SUMMARIZER_MAX_SOURCE_BYTES")
    if not raw:
        return DEFAULT_MAX_SOURCE_BYTES
    try:
        value = int(raw)
        if value <= 0:
            raise ValueError
    except ValueError:
        raise InputError(f"SUMMARIZER_MAX_SOURCE_BYTES must be a positive whole number of bytes, not {raw!r}") from None
    return value


def _load(paths: tuple[str, ...], *, flag_boilerplate: bool = False, stdin_bytes: bytes | None = None) -> list[Source]:
    if STDIN in paths and stdin_bytes is None:
        stdin_bytes = sys.stdin.buffer.read()
    return load_sources(list(paths), stdin_bytes=stdin_bytes, max_bytes=_max_bytes(), flag_boilerplate=flag_boilerplate)


def _emit(text: str, out: str | None) -> None:
    if out:
        write_text_atomic(out, text)
    else:
        click.echo(text, nl=False)


def _styler(enabled: bool):
    colours = {"ok": {"fg": "green", "bold": True}, "bad": {"fg": "red", "bold": True}, "code": {"fg": "yellow"}, "dim": {"dim": True}}
    if not enabled:
        return lambda text, role: text
    return lambda text, role: click.style(text, **colours.get(role, {}))


@cli.command("sources", epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True, metavar="SOURCE...")
@click.option("--json", "as_json", is_flag=True, help="Print the sentences as JSON, with character offsets.")
@click.option(
    "--flag-boilerplate",
    is_flag=True,
    envvar="SUMMARIZER_FLAG_BOILERPLATE",
    help="Flag AI disclaimers and 'Related Articles' blocks. Flagged sentences keep their numbers.",
)
def sources_cmd(paths: tuple[str, ...], as_json: bool, flag_boilerplate: bool) -> None:
    """Print the numbered sentences of SOURCE... exactly as a model is shown them.

    A SOURCE is a .txt or .md file, a folder of them, or - for standard input. Source n is the n-th
    source given; sentence m of it has the id n.m.
    """
    sources = _load(paths, flag_boilerplate=flag_boilerplate)
    click.echo(sources_json(sources) if as_json else sources_text(sources), nl=False)


@cli.command("verify", epilog=EXIT_CODES_HELP)
@click.option("--summary", "summary_path", required=True, metavar="FILE", help="The summary to check; - reads standard input.")
@click.argument("paths", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--attribute",
    is_flag=True,
    envvar="SUMMARIZER_ATTRIBUTE",
    help="Check uncited claims against the best-matching source sentences instead of rejecting them.",
)
@click.option(
    "--min-support",
    type=click.FloatRange(0.0, 1.0),
    default=DEFAULT_MIN_SUPPORT,
    show_default=True,
    envvar="SUMMARIZER_MIN_SUPPORT",
    help="Share of a claim's content words that must occur in its cited sentences.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (a stable contract).")
@click.option("--out", metavar="FILE", help="Write the report to FILE (atomically) instead of standard output.")
@click.option("--color/--no-color", default=None, help="Colour the human report (default: when printing to a terminal).")
def verify_cmd(
    summary_path: str,
    paths: tuple[str, ...],
    attribute: bool,
    min_support: float,
    as_json: bool,
    out: str | None,
    color: bool | None,
) -> None:
    """Check every claim of a summary against the SOURCE sentences it cites.

    Works on any summary: one drafted by summarizer, written by a person or by another tool. Claims
    cite sentences with markers such as [1.3], [1.3, 2.5], [1.3-5] or [2] (all of source 2).
    Exits 0 when every claim is supported and 1 when any is rejected.
    """
    if summary_path == STDIN and STDIN in paths:
        raise InputError("standard input ('-') can feed the summary or a source, not both")
    if summary_path == STDIN:
        summary_bytes = sys.stdin.buffer.read()
        summary_label = "<stdin>"
    else:
        summary_bytes = read_source_bytes(summary_path, max_bytes=_max_bytes())
        summary_label = summary_path
    summary = decode_source(summary_label, summary_bytes, max_bytes=_max_bytes())
    sources = _load(paths)
    report = Verifier(sources, VerifierConfig(min_support=min_support, attribute=attribute)).check(summary)
    if as_json:
        text = report_json(report)
    else:
        use_color = (sys.stdout.isatty() and not out) if color is None else color
        text = report_text(report, sources, style=_styler(use_color))
    _emit(text, out)
    if out:
        click.echo(f"Wrote {out}: {report.stats.supported} of {report.stats.claims} claims verified.", err=True)
    sys.exit(0 if report.all_supported else 1)


def _apply_dotenv() -> None:
    """Let a ./.env file fill in variables the environment does not set (flag > env > .env > default)."""
    from dotenv import dotenv_values

    for key, value in dotenv_values(".env").items():
        if value is not None and key not in os.environ and key.startswith("SUMMARIZER_"):
            os.environ[key] = value


def main() -> None:
    """Console-script entry point."""
    _apply_dotenv()
    try:
        cli.main(prog_name="summarizer")
    except BrokenPipeError:
        # `summarizer … | head`: the reader left; exit quietly without a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)


if __name__ == "__main__":
    main()
