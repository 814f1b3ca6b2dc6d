"""The command line: the only module that imports click, prints, or exits.

Exit codes: 0 ok; 1 verification rejected something (verify, summarize --strict, an edit in review --decide) or eval
below a threshold; 2 usage or input error; 3 model/provider failure after retries; 130 interrupted. Set
SUMMARIZER_DEBUG=1 to see tracebacks.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import json
import os
import signal
import sys

import click

from . import __version__
from .atomic import check_folder_writable, check_writable, write_text_atomic
from .errors import ConfigError, InputError, SummarizerError
from .sources import DEFAULT_MAX_SOURCE_BYTES, STDIN, STDIN_LABEL, Source, decode_source, load_sources, read_source_bytes

# Start-up: the verifier, the pipeline and the renderers (and through them pydantic models, the lexicon,
# numpy and the LLM client) are imported inside the commands that use them, so `--help`, `sources` and
# `runs` do not pay for them. `python -m summarizer.bench --only startup` prints the figures.

EXIT_CODES_HELP = """\b
Exit codes:
  0  success (verify: every claim supported; summarize: done)
  1  verification rejected at least one claim (verify; summarize with --strict; review --decide N=edit);
     eval below a threshold; end of input at a review prompt
  2  bad usage or bad input (unreadable, empty, binary, UTF-16 without a BOM, oversized or non-regular
     file; an empty run id), no provider configured, or a run database, --out or --out-dir that cannot
     be written (checked before the model is called)
  3  the model provider failed (after retries, or at once for a used-up quota or a Retry-After over 60 s),
     or its answers could not be used; with --batch-api: a set's request failed in the batch engine, or
     --wait ran out (the batch keeps running)
  130  interrupted (Ctrl-C); what was saved before is kept
"""


class _Group(click.Group):
    """Turns library errors into one ``Error: …`` line and the documented exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SummarizerError as exc:
            if _setting("SUMMARIZER_DEBUG"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


class _DeferredDefault(click.Option):
    """An option whose default is a function (:func:`_default_from`), called only when the option is used or
    its help is shown, where click would print "(dynamic)": defaults stay where they are defined (the
    pipeline, the verifier) without the command line importing those at start-up."""

    def get_default(self, ctx: click.Context, call: bool = True):
        return super().get_default(ctx, call=True)


def _default_from(module: str, name: str):
    """``module.name`` (relative to this package), looked up when first needed."""

    def default():
        from importlib import import_module

        return getattr(import_module(module, __package__), name)

    return default


@click.group(cls=_Group, epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="summarizer")
def cli() -> None:
    """Summaries in which every sentence is checked against the source sentences it cites."""


class _Dotenv(dict):
    """The variables of ./.env, read once by :func:`main` and carried as the click context's object."""


def _setting(var: str) -> str | None:
    """A variable the command line reads itself: the environment, else ./.env (flag > env > .env > default)."""
    value = os.environ.get(var, "").strip()
    if value:
        return value
    ctx = click.get_current_context(silent=True)
    dotenv = ctx.find_object(_Dotenv) if ctx is not None else None
    value = (dotenv or {}).get(var) or ""
    return value.strip() or None


def _max_bytes() -> int:
    raw = _setting("SUMMARIZER_MAX_SOURCE_BYTES")
    if not raw:
        return DEFAULT_MAX_SOURCE_BYTES
    try:
        value = int(raw)
        if value <= 0:
            raise ValueError
    except ValueError:
        raise InputError(f"SUMMARIZER_MAX_SOURCE_BYTES must be a positive whole number of bytes, not {raw!r}") from None
    return value


def _load(paths: tuple[str, ...], *, flag_boilerplate: bool = False) -> list[Source]:
    return load_sources(list(paths), stdin_bytes=_stdin_if_named(paths), max_bytes=_max_bytes(),
                        flag_boilerplate=flag_boilerplate)


def _stdin_if_named(paths: tuple[str, ...]) -> bytes | None:
    """Standard input's bytes when ``-`` is among ``paths`` (read once, here), else None."""
    return sys.stdin.buffer.read() if STDIN in paths else None


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
    envvar="SUMMARIZER_FLAG_BOILERPLATE", show_envvar=True,
    help="Flag AI disclaimers and 'Related Articles' blocks. Flagged sentences keep their numbers.",
)
@click.option(
    "--drop-boilerplate",
    is_flag=True,
    help="Flag boilerplate (implies --flag-boilerplate) and leave it out, as `summarize` does by default; "
         "the other sentences keep their numbers.",
)
def sources_cmd(paths: tuple[str, ...], as_json: bool, flag_boilerplate: bool, drop_boilerplate: bool) -> None:
    """Print the numbered sentences of SOURCE... as a model is shown them.

    With --drop-boilerplate this is exactly what `summarize` shows the model by default: AI disclaimers
    and 'Related Articles' blocks left out, the ids of the other sentences unchanged, and a note listing
    the ids left out. With neither flag, what `summarize --keep-boilerplate` shows.

    A SOURCE is a .txt or .md file, a folder of them, or - for standard input. Source n is the n-th
    source given; sentence m of it has the id n.m.
    """
    sources = _load(paths, flag_boilerplate=flag_boilerplate or drop_boilerplate)
    if as_json:
        from .render import sources_json

        text = sources_json(sources, include_boilerplate=not drop_boilerplate)
    else:
        # The very function that builds the prompt's source block, so this is exactly what the model is shown.
        from .prompts import format_sources

        text = format_sources(sources, include_boilerplate=not drop_boilerplate)
    click.echo(text, nl=False)


@cli.command("verify", epilog=EXIT_CODES_HELP)
@click.option("--summary", "summary_path", required=True, metavar="FILE", help="The summary to check; - reads standard input.")
@click.argument("paths", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--attribute",
    is_flag=True,
    envvar="SUMMARIZER_ATTRIBUTE", show_envvar=True,
    help="Check uncited claims against the best-matching source sentences instead of rejecting them.",
)
@click.option(
    "--min-support",
    cls=_DeferredDefault,
    type=click.FloatRange(0.0, 1.0),
    default=_default_from(".verify", "DEFAULT_MIN_SUPPORT"),
    show_default=True,
    envvar="SUMMARIZER_MIN_SUPPORT", show_envvar=True,
    help="Share of a claim's content words its cited sentences must support (same word, lemma, synonym, derivation or a more general word).",
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
        summary_label = STDIN_LABEL
    else:
        summary_bytes = read_source_bytes(summary_path, max_bytes=_max_bytes())
        summary_label = summary_path
    summary = decode_source(summary_label, summary_bytes, max_bytes=_max_bytes())
    sources = _load(paths)
    from .render import non_claim_counts, report_json, report_text
    from .verify import Verifier, VerifierConfig

    report = Verifier(sources, VerifierConfig(min_support=min_support, attribute=attribute)).check(summary)
    if not report.claims:
        # Exiting 0 would say "every claim is supported" of a summary that makes none: a wrong file, most likely.
        raise InputError(f"{summary_label}: no claims to check ({non_claim_counts(report, all_kinds=True)})")
    if as_json:
        text = report_json(report)
    else:
        use_color = (sys.stdout.isatty() and not out) if color is None else color
        text = report_text(report, sources, style=_styler(use_color))
    _emit(text, out)
    if out:
        click.echo(f"Wrote {out}: {report.stats.supported} of {report.stats.claims} claims verified.", err=True)
    sys.exit(0 if report.all_supported else 1)


@cli.command("summarize", epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, metavar="SOURCE...")
@click.option(
    "--format", "fmt", type=click.Choice(["markdown", "json", "digest"]), default="markdown", show_default=True,
    envvar="SUMMARIZER_FORMAT", show_envvar=True, help="markdown: the summary, a Sources list and a verification line; json: the same "
    "with every claim; digest: headline, sections and a dated timeline.",
)
@click.option("--out", metavar="FILE", help="Write the output to FILE (atomically) instead of standard output.")
@click.option(
    "--max-repairs", cls=_DeferredDefault, type=click.IntRange(0, 10), default=_default_from(".records", "DEFAULT_MAX_REPAIRS"),
    show_default=True,
    envvar="SUMMARIZER_MAX_REPAIRS", show_envvar=True, help="Rounds in which rejected claims go back to the model with their reasons.",
)
@click.option(
    "--sentences", cls=_DeferredDefault, type=click.IntRange(1, 200), default=_default_from(".records", "DEFAULT_SENTENCES"),
    show_default=True,
    envvar="SUMMARIZER_SENTENCES", show_envvar=True, help="Length of the summary the model is asked for, in sentences.",
)
@click.option("--strict", is_flag=True, envvar="SUMMARIZER_STRICT", show_envvar=True, help="Exit 1 when any claim was rejected.")
@click.option("--model", help="Chat model (default: $SUMMARIZER_MODEL, else gpt-4o-mini).")
@click.option("--base-url", help="OpenAI-compatible API base URL (OpenAI, Ollama, vLLM, LM Studio…; default: $OPENAI_BASE_URL).")
@click.option("--timeout", type=float, help="Seconds per attempt (default: $SUMMARIZER_TIMEOUT, else 60).")
@click.option("--max-attempts", type=int, help="Tries per call for transient errors (default: $SUMMARIZER_MAX_ATTEMPTS, else 4).")
@click.option("--retry-budget", type=float, help="Seconds a call may spend on attempts and waits before retries stop (default: $SUMMARIZER_RETRY_BUDGET, else 120; 0: never retry).")
@click.option("--structured", type=click.Choice(["auto", "json_schema", "json_object", "off"]), help="How structured output is requested: auto (JSON schema, plain text if the server refuses it), json_schema, json_object (JSON mode, schema in the prompt), off (default: $SUMMARIZER_STRUCTURED, else auto).")
@click.option(
    "--context-tokens", cls=_DeferredDefault, type=click.IntRange(512),
    default=_default_from(".records", "DEFAULT_CONTEXT_TOKENS"), show_default=True,
    envvar="SUMMARIZER_CONTEXT_TOKENS", show_envvar=True, help="The model's context window; longer sources are split and merged (map-reduce).",
)
@click.option(
    "--min-support", cls=_DeferredDefault, type=click.FloatRange(0.0, 1.0),
    default=_default_from(".verify", "DEFAULT_MIN_SUPPORT"), show_default=True,
    envvar="SUMMARIZER_MIN_SUPPORT", show_envvar=True, help="Share of a claim's content words its cited sentences must support (same word, lemma, synonym, derivation or a more general word).",
)
@click.option(
    "--keep-boilerplate", is_flag=True, envvar="SUMMARIZER_KEEP_BOILERPLATE", show_envvar=True,
    help="Show the model every sentence. By default AI disclaimers and 'Related Articles' blocks are left out "
         "(ids unchanged; `summarizer sources --drop-boilerplate` prints what the model is shown).",
)
@click.option("--no-cache", is_flag=True, envvar="SUMMARIZER_NO_CACHE", show_envvar=True, help="Call the model even if an identical run is recorded.")
@click.option(
    "--record", is_flag=True, envvar="SUMMARIZER_RECORD", show_envvar=True,
    help="Record the HTTP exchange into a cassette in SUMMARIZER_CASSETTES_DIR (default: the package's demo cassettes; needs a configured provider and vcrpy).",
)
@click.option("--batch", "batch_dir", metavar="DIR", help="Summarize every sub-folder of DIR as its own document set.")
@click.option(
    # Checked only with --batch: a batch setting in the environment must not break a plain summarize.
    "--concurrency", type=int, default=4, show_default=True, envvar="SUMMARIZER_CONCURRENCY", show_envvar=True,
    help="With --batch: sets summarized at the same time (1 to 64).",
)
@click.option("--out-dir", metavar="DIR", help="With --batch: where the outputs go (default DIR/_summaries).")
@click.option("--batch-api", is_flag=True, help="With --batch: send the sets through the provider's batch engine "
              "(OpenAI Batch API: half price, results within 24 h) instead of live calls; see `summarizer batches`.")
@click.option("--dry-run", is_flag=True, help="With --batch-api: print sets, requests, prompt tokens and the cost at batch prices; send nothing.")
@click.option("--wait", is_flag=True, help="With --batch-api: wait for each round and finish the job (progress on stderr) instead of returning with the batch id.")
@click.option("--wait-timeout", type=click.FloatRange(0), default=26 * 3600, show_default=True, envvar="SUMMARIZER_BATCH_WAIT",
              show_envvar=True, help="With --wait: seconds to wait in all before giving up (exit 3; the batch keeps running).")
@click.option("--write-requests", metavar="FILE", help="With --batch-api: write the round's requests JSONL to FILE for an "
              "engine run by hand (vllm run-batch) and stop; then `summarizer batches ingest RESULTS`.")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines on standard error.")
def summarize_cmd(paths: tuple[str, ...], fmt: str, out: str | None, max_repairs: int, sentences: int, strict: bool,
                  model: str | None, base_url: str | None, timeout: float | None, max_attempts: int | None,
                  retry_budget: float | None, structured: str | None,
                  context_tokens: int, min_support: float, keep_boilerplate: bool, no_cache: bool, record: bool,
                  batch_dir: str | None, concurrency: int, out_dir: str | None, batch_api: bool, dry_run: bool,
                  wait: bool, wait_timeout: float, write_requests: str | None, quiet: bool) -> None:
    """Draft a summary of SOURCE... with a model; keep only the sentences the verifier accepts.

    draft -> verify -> repair: every sentence cites the source sentences it rests on ([1.3]); rejected
    sentences go back to the model with the verifier's reasons (--max-repairs) and are checked again.
    Rejected claims are kept with their reasons in the run record (`summarizer runs`). An identical
    request is answered from the record without calling the model (--no-cache to force a call).

    The model is not shown AI disclaimers or 'Related Articles' blocks (--keep-boilerplate shows them);
    sentence ids never change, and a claim citing such a sentence is verified like any other.

    With no OPENAI_API_KEY and no OPENAI_BASE_URL, the bundled seeds (seeds/000_… and seeds/001_…,
    markdown, json or digest) are answered from hand-written recorded responses, and stderr says so.

    --batch DIR summarizes each sub-folder of DIR as its own set, --concurrency at a time, into
    DIR/_summaries/<set>.md (or --out-dir); a failed set does not stop the others, and a set whose
    output exists is skipped, so a re-run finishes what is left.

    --batch DIR --batch-api sends the same requests through the provider's batch engine instead, in
    rounds (drafts, then repairs), and returns with the batch id; the same command again, or
    `summarizer batches collect ID`, collects it and sends the next round (--wait does it all).
    """
    if (dry_run or wait or write_requests) and not batch_api:
        raise InputError("--dry-run, --wait and --write-requests go with --batch DIR --batch-api")
    if batch_api and batch_dir is None:
        raise InputError("--batch-api needs --batch DIR (a folder with one sub-folder per document set)")
    if batch_dir is not None and not 1 <= concurrency <= 64:
        raise InputError(f"--concurrency (or SUMMARIZER_CONCURRENCY) must be from 1 to 64, not {concurrency}")
    from .config import load_locations, load_provider_config, provider_label
    from .pipeline import PROMPT_NAMES, SummarizeOptions, run_summary
    from .prompts import load_prompts
    from .render import render_summary
    from .store import RunStore

    def progress(message: str) -> None:
        if not quiet:
            click.echo(f"· {message}", err=True)

    config = load_provider_config(
        {"model": model, "base_url": base_url, "timeout": timeout, "max_attempts": max_attempts,
         "retry_budget": retry_budget, "structured": structured}
    )
    options = SummarizeOptions(
        shape="digest" if fmt == "digest" else "summary", max_repairs=max_repairs, sentences=sentences,
        context_tokens=context_tokens, min_support=min_support, keep_boilerplate=keep_boilerplate,
    )
    from .pipeline import min_context_tokens

    locations = load_locations()
    prompts = load_prompts(PROMPT_NAMES, locations.prompts_dir)
    minimum = min_context_tokens(options, model=config.model, prompts=prompts)
    if options.context_tokens < minimum:
        raise InputError(f"--context-tokens {options.context_tokens} is too small: the prompts and a "
                         f"{options.output_reserve}-token answer need at least {minimum}")
    store = RunStore.in_home(locations.home)
    secrets = config.secrets()
    no_provider = not config.is_configured
    if batch_dir is not None:
        if paths or out or record:
            raise InputError("--batch takes no SOURCE arguments, --out or --record (use --out-dir)")
        if batch_api:
            _summarize_batch_api(batch_dir, out_dir, fmt, config, options, store, no_cache, strict, quiet,
                                 dry_run=dry_run, wait=wait, wait_timeout=wait_timeout, write_requests=write_requests,
                                 no_provider=no_provider, home=locations.home, prompts=prompts)
            return
        if no_provider:
            raise ConfigError(NO_PROVIDER_HELP.removesuffix(" (make demo)") + "; --batch always needs one")
        _summarize_batch(batch_dir, out_dir, fmt, config, options, store, secrets, concurrency, no_cache, strict, quiet,
                         prompts)
        return
    if not paths:
        raise click.UsageError("give at least one SOURCE, or --batch DIR")
    sources = _load(paths)
    if out:
        check_writable(out)  # before anything is paid for; creates and truncates nothing
    guard = _SaveGuard(store)
    with contextlib.ExitStack() as stack:
        if no_provider:
            from .cassettes import ReplayServer, demo_cassette

            if record:
                raise ConfigError("--record needs a provider: set OPENAI_API_KEY or OPENAI_BASE_URL")
            cassette = demo_cassette(sources, options, structured=config.structured, directory=locations.cassettes_dir)
            if cassette is None:
                raise ConfigError(NO_PROVIDER_HELP)
            kind = "hand-written (not from a model)" if cassette.handwritten else f"recorded from {cassette.model}"
            click.echo(
                f"No OPENAI_API_KEY or OPENAI_BASE_URL: replaying {kind} responses bundled for these sources "
                f"({cassette.path.name}); configure a provider to summarize with a model.",
                err=True,
            )
            server = stack.enter_context(ReplayServer(cassette))
            config = config.model_copy(update={"base_url": server.base_url, "model": cassette.model})
            provider, note = cassette.label, f"replayed {kind} cassette {cassette.path.name}"
        else:
            provider, note = provider_label(config.base_url), None
            if record:
                from .cassettes import cassette_meta, record_path, recording

                path = record_path(sources, options.shape, locations.cassettes_dir)
                meta = cassette_meta(sources, options.shape, config.model, handwritten=False,
                                     note=f"recorded from {config.model} at {provider} by `summarizer summarize --record`",
                                     options=options)
                stack.enter_context(recording(path, meta, secrets=secrets))
                progress(f"Recording the HTTP exchange into {path}")
                no_cache = True

        def make_client():
            from .llm import ChatClient

            # Called once the cache missed, just before the first model call: a run that could not be saved
            # stops here, with nothing spent (a cache hit needs no write, so a read-only record still answers).
            store.check_writable()
            return stack.enter_context(ChatClient(config, on_event=progress))  # retries and fallbacks on stderr

        try:
            outcome = run_summary(
                sources, make_client, model=config.model, provider=provider, store=guard, options=options,
                use_cache=not no_cache, secrets=secrets, note=note, prompts=prompts, on_event=progress,
            )
        except SummarizerError:
            if guard.error is not None:
                click.echo(f"Warning: the failed run was not saved ({guard.error})", err=True)
            raise
    result = outcome.result
    run_id, not_saved = outcome.run_id, guard.error
    if outcome.cached:
        click.echo(f"Answered from run {run_id} of {outcome.created_at} (identical request; --no-cache calls the model).", err=True)
    if result.status == "failed":
        where = f"recorded as run {run_id}" if not_saved is None else f"run {run_id} was not saved: {not_saved}"
        click.echo(f"Error: {result.error} ({where})", err=True)
        sys.exit(3)
    text = render_summary(result, run_id, fmt, cached=outcome.cached)
    if out:
        try:
            write_text_atomic(out, text)
        except InputError as exc:
            if not_saved is None:
                again = "--format json " if fmt == "json" else ""
                raise InputError(f"{exc}; run {run_id} is saved: `summarizer export {run_id} {again}--out FILE` "
                                 "rebuilds it without calling the model") from None
            click.echo(text, nl=False)  # neither the file nor the record: print it rather than lose a paid answer
            raise InputError(f"{exc}; printed the output instead, since run {run_id} was not saved either ({not_saved})") from None
    else:
        click.echo(text, nl=False)
    if not_saved is not None:
        # The exit code stays that of the summary (0, or 1 with --strict): the output is complete, and a
        # failure code would invite a retry that pays the model again (an unsaved run is never a cache hit).
        click.echo(f"Warning: run {run_id} was not saved ({not_saved}); the output is its only copy, so "
                   "`runs`, `review` and `export` will not know it", err=True)
    if not quiet:
        from .render import verification_line

        click.echo(f"Run {outcome.run_id}: {verification_line(result, outcome.run_id)}", err=True)
        usage = result.usage
        cost = f", about ${result.cost_usd:.4f}" if result.cost_usd is not None else f" (no price known for {result.model})"
        if usage.total_tokens and not outcome.cached:
            click.echo(f"Tokens: {usage.prompt_tokens} prompt + {usage.completion_tokens} completion{cost}", err=True)
    if out:
        click.echo(f"Wrote {out}", err=True)
    sys.exit(1 if strict and result.stats.rejected else 0)


def _summarize_batch(batch_dir, out_dir, fmt, config, options, store, secrets, concurrency, no_cache, strict, quiet,
                     prompts) -> None:
    from .config import provider_label
    from .llm import ChatClient
    from .pipeline import batch_items, run_batch, run_summary
    from .render import render_summary

    from .batch_api import output_suffix

    items = batch_items(batch_dir, out_dir, output_suffix(fmt))
    provider = provider_label(config.base_url)
    # Local problems are found before any set starts (exit 2), not reported per set as provider failures.
    store.check_writable()
    check_folder_writable(os.path.dirname(items[0].output), create=True)

    # One client for all sets: the SDK's client is thread-safe, and building one costs ~30 ms of TLS setup.
    client = ChatClient(config, on_event=None if quiet else lambda message: click.echo(f"· {message}", err=True))

    def summarize_one(item):
        sources = load_sources([item.folder], max_bytes=_max_bytes())
        outcome = run_summary(sources, lambda: client, model=config.model, provider=provider, store=store,
                              options=options, use_cache=not no_cache, secrets=secrets,
                              prompts=prompts)
        return outcome, render_summary(outcome.result, outcome.run_id, fmt, cached=outcome.cached)

    with client, click.progressbar(length=len(items), label=f"Summarizing {len(items)} sets", file=sys.stderr,
                           show_pos=True, hidden=quiet) as bar:
        def done(item) -> None:
            bar.update(1)

        run_batch(items, summarize_one, concurrency=concurrency, on_done=done)
    counts = {status: sum(1 for i in items if i.status == status) for status in ("done", "skipped", "failed")}
    click.echo(f"{counts['done']} done, {counts['skipped']} skipped (output exists), {counts['failed']} failed; "
               f"outputs in {os.path.dirname(items[0].output)}", err=True)
    for item in items:
        if item.status == "failed":
            click.echo(f"Error: {item.name}: {item.error}", err=True)
    failed_codes = [i.exit_code for i in items if i.status == "failed"]
    if failed_codes:
        sys.exit(max(failed_codes))
    sys.exit(1 if strict and any(i.rejected for i in items) else 0)


def _summarize_batch_api(batch_dir, out_dir, fmt, config, options, store, no_cache, strict, quiet, *, dry_run, wait,
                         wait_timeout, write_requests, no_provider, home, prompts) -> None:
    from .batch_api import BatchJob, JobSettings
    from .config import provider_label
    from .llm import BatchClient
    from .store import BatchStore

    offline = dry_run or write_requests is not None
    if no_provider and not offline:
        raise ConfigError(NO_PROVIDER_HELP.removesuffix(" (make demo)") + "; --batch-api needs one to upload to "
                          "(or --write-requests FILE for an engine run by hand)")
    settings = JobSettings(batch_dir=os.path.abspath(batch_dir), out_dir=os.path.abspath(out_dir) if out_dir else None,
                           fmt=fmt, model=config.model, provider=provider_label(config.base_url),
                           structured=config.structured, options=options, use_cache=not no_cache,
                           max_source_bytes=_max_bytes())
    store = BatchStore(store.path)
    progress = _progress_printer(quiet)
    with BatchClient(config, offline=offline, on_event=progress) as client:
        job = BatchJob(store, client, settings, home=home, secrets=config.secrets(), on_event=progress, prompts=prompts)
        if dry_run:
            _print_dry_run(job.dry_run(), batch_dir, config.model)
            return
        # Local problems are found before anything is sent or paid for (exit 2).
        store.check_writable()
        from .batch_api import output_suffix
        from .pipeline import batch_items

        if write_requests:  # first: a failed check then leaves nothing behind, not even the output folder
            check_writable(write_requests)
        check_folder_writable(os.path.dirname(batch_items(batch_dir, out_dir, output_suffix(fmt))[0].output), create=True)
        report = job.proceed(wait=wait, write_requests=write_requests, wait_seconds=wait_timeout,
                             poll_seconds=_poll_seconds())
    _finish_job_report(report, strict, config.model)


def _progress_printer(quiet: bool):
    return (lambda message: None) if quiet else (lambda message: click.echo(f"· {message}", err=True))


def _poll_seconds() -> float:
    raw = _setting("SUMMARIZER_BATCH_POLL") or "30"
    try:
        value = float(raw)
        if not value >= 0:
            raise ValueError
    except ValueError:
        raise InputError(f"SUMMARIZER_BATCH_POLL must be a number of seconds, not {raw!r}") from None
    return value


def _print_dry_run(report, batch_dir: str, model: str) -> None:
    if report.in_flight is not None:
        b = report.in_flight
        click.echo(f"Dry run: batch {b.id} (round {b.round}, {b.requests} requests) is {b.state}; nothing new would be "
                   f"sent until it is collected (`summarizer batches collect {b.id}`).")
        return
    click.echo(f"Dry run: {report.sets} set(s) in {batch_dir}: {report.requests} request(s) in round 1 (drafts); "
               f"{report.answered} answered from earlier runs, {report.skipped} skipped (output exists), "
               f"{report.failed} would fail")
    how = f"{report.encoding}, tiktoken offline" if report.exact else "estimated without the vocabulary"
    click.echo(f"Prompt tokens: {report.prompt_tokens} ({how})")
    if report.batch_cost_usd is None:
        click.echo(f"Estimated cost: unknown (no price known for {model})")
    else:
        click.echo(f"Estimated prompt cost: ${report.batch_cost_usd:.6f} at batch prices "
                   f"(live calls: ${report.live_cost_usd:.6f}) for {model}; the answers are billed on top")
    click.echo("Nothing was sent.")


def _finish_job_report(report, strict: bool, model: str) -> None:
    """Print where a batch job stands (the batch id or requests file on stdout) and exit with its code."""
    batch = report.batch
    counts = ", ".join(f"{report.count(state)} {state}" for state in ("done", "skipped", "requested", "pending", "failed")
                       if report.count(state))
    if report.state == "finished":
        outputs = os.path.dirname(report.sets[0].output) if report.sets else "?"
        click.echo(f"Job {report.job} finished: {counts}; outputs in {outputs}", err=True)
    elif report.state == "written":
        click.echo(batch.requests_path)
        click.echo(f"Round {batch.round}: {batch.requests} request(s) written to {batch.requests_path} ({counts}). Run them on "
                   f"any engine that speaks the format, e.g. `vllm run-batch -i {batch.requests_path} -o results.jsonl "
                   f"--model {model}`, then `summarizer batches ingest results.jsonl`.", err=True)
    else:
        click.echo(batch.id)
        verb = "submitted" if report.state == "submitted" else f"is {batch.state}"
        click.echo(f"Round {batch.round}: batch {batch.id} ({batch.provider_id}) {verb} with {batch.requests} request(s) "
                   f"({counts}); `summarizer batches collect {batch.id}`, or the same command again, collects it.", err=True)
    for s in report.sets:
        if s.state == "failed":
            click.echo(f"Error: {s.name}: {s.reason}", err=True)
    sys.exit(report.exit_code(strict=strict) if report.state == "finished" else 0)


class _SaveGuard:
    """The run store as ``run_summary`` sees it, except that a failed save is kept in ``error``, not raised.

    The model has answered by the time a run is saved: losing that answer to a full disk or a locked
    database would waste what was paid for, so the command prints it anyway and says it was not saved.
    """

    def __init__(self, store) -> None:
        self._store = store
        self.error: Exception | None = None

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    def save_run(self, **fields) -> None:
        self._save(self._store.save_run, fields)

    def _save(self, save, fields) -> None:
        import sqlite3

        try:
            save(**fields)
        except (SummarizerError, sqlite3.Error, OSError) as exc:
            self.error = exc


NO_PROVIDER_HELP = (
    "no model provider is configured. Set OPENAI_API_KEY (for api.openai.com), or OPENAI_BASE_URL for an "
    "OpenAI-compatible server such as Ollama (http://localhost:11434/v1), vLLM or LM Studio, in the environment "
    "or in a .env file (see .env.example). Without one, only the bundled seeds can be summarized (make demo)"
)


BATCHES_EXIT_HELP = EXIT_CODES_HELP + """\b
For batch jobs: 0 also when a batch was submitted or is still running (its id on stdout); 3 when a set's
request failed (an error line, a malformed line or body, a refusal after the re-ask, an expired,
cancelled or failed batch; each set says why), or --wait ran out (the batch keeps running).
"""


@cli.group("batches", cls=_Group, invoke_without_command=True, epilog=BATCHES_EXIT_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the batches as JSON.")
@click.pass_context
def batches_cmd(ctx: click.Context, as_json: bool) -> None:
    """List the batches sent to a batch engine (`summarize --batch DIR --batch-api`) and their state."""
    if ctx.invoked_subcommand is not None:
        return
    from .config import load_locations
    from .store import BatchStore

    batches = BatchStore.in_home(load_locations().home).batches()
    if as_json:
        click.echo(json.dumps({"batches": [b.model_dump(mode="json") for b in batches]}, indent=2))
        return
    if not batches:
        click.echo("No batches yet (summarizer summarize --batch DIR --batch-api).", err=True)
        return
    click.echo(f"{'BATCH':<27} {'ROUND':>5}  {'ENGINE':<6}  {'STATE':<11} {'REQUESTS':>8} {'DONE':>6} {'FAILED':>6}  "
               f"{'ENGINE ID':<20} CREATED (UTC)")
    for b in batches:
        click.echo(f"{b.id:<27} {b.round:>5}  {b.engine:<6}  {b.state:<11} {b.requests:>8} {b.completed:>6} {b.failed:>6}  "
                   f"{(b.provider_id or '-'):<20} {b.created_at[:19].replace('T', ' ')}")


def _batch_job(batch_id: str, *, offline: bool, quiet: bool):
    from .batch_api import BatchJob
    from .config import load_locations, load_provider_config
    from .llm import BatchClient
    from .pipeline import PROMPT_NAMES
    from .prompts import load_prompts
    from .store import BatchStore

    config = load_provider_config()
    if not offline and not config.is_configured:
        raise ConfigError(NO_PROVIDER_HELP.removesuffix(" (make demo)") + "; collecting a batch needs the provider it was sent to")
    locations = load_locations()
    store = BatchStore.in_home(locations.home)
    progress = _progress_printer(quiet)

    def make_client(settings):
        job_config = config.model_copy(update={"model": settings.model, "structured": settings.structured})
        return BatchClient(job_config, offline=offline, on_event=progress)

    job, batch = BatchJob.of_batch(store, batch_id, make_client, home=locations.home, secrets=config.secrets(),
                                   on_event=progress, prompts=load_prompts(PROMPT_NAMES, locations.prompts_dir))
    return job, batch, store


@batches_cmd.command("collect", epilog=BATCHES_EXIT_HELP)
@click.argument("batch_id", metavar="ID")
@click.option("--wait", is_flag=True, help="Wait for the batch (and the rounds after it) and finish the job.")
@click.option("--wait-timeout", type=click.FloatRange(0), default=26 * 3600, show_default=True, envvar="SUMMARIZER_BATCH_WAIT",
              show_envvar=True, help="With --wait: seconds to wait in all before giving up (exit 3).")
@click.option("--strict", is_flag=True, envvar="SUMMARIZER_STRICT", show_envvar=True, help="Exit 1 when any claim was rejected.")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines on standard error.")
def batches_collect_cmd(batch_id: str, wait: bool, wait_timeout: float, strict: bool, quiet: bool) -> None:
    """Collect batch ID (ours or the engine's): verify each set, send the repair round, write the outputs."""
    job, batch, store = _batch_job(batch_id, offline=False, quiet=quiet)
    with job.client:
        if batch.state == "collected":
            current = job.in_flight()
            if store.job(batch.job).state == "finished" or current is not None:
                later = f"; the job's batch now is {current.id} ({current.state})" if current is not None else ""
                click.echo(f"Batch {batch.id} was collected at {batch.collected_at}; nothing to collect again{later}.", err=True)
                return
        report = job.proceed(wait=wait, wait_seconds=wait_timeout, poll_seconds=_poll_seconds())
    _finish_job_report(report, strict, job.settings.model)


@batches_cmd.command("ingest", epilog=BATCHES_EXIT_HELP)
@click.argument("results", metavar="FILE")
@click.option("--write-requests", metavar="NEXT", help="Where the next round's requests go (default: beside the last round's).")
@click.option("--strict", is_flag=True, envvar="SUMMARIZER_STRICT", show_envvar=True, help="Exit 1 when any claim was rejected.")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines on standard error.")
def batches_ingest_cmd(results: str, write_requests: str | None, strict: bool, quiet: bool) -> None:
    """Continue a job from a results JSONL produced anywhere (OpenAI's output file, `vllm run-batch -o FILE`)."""
    from .batch_api import BatchJob
    from .config import load_locations
    from .store import BatchStore

    found = BatchJob.batch_of_results(BatchStore.in_home(load_locations().home), results)
    job, batch, _ = _batch_job(found.id, offline=True, quiet=quiet)
    if batch.state == "collected":
        click.echo(f"Batch {batch.id} was collected at {batch.collected_at}; {results} is not ingested again.", err=True)
        return
    if write_requests:
        check_writable(write_requests)
    with job.client:
        report = job.ingest(results, batch, write_requests=write_requests)
    _finish_job_report(report, strict, job.settings.model)


@cli.command("runs", epilog=EXIT_CODES_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the runs as JSON.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Show only the newest N runs.")
def runs_cmd(as_json: bool, limit: int | None) -> None:
    """List recorded summarize runs, newest first (they live in SUMMARIZER_HOME/runs.db)."""
    from .config import load_locations
    from .store import RunStore

    runs = RunStore.in_home(load_locations().home).list_runs(limit)
    if as_json:
        click.echo(json.dumps({"runs": [r.model_dump() for r in runs]}, ensure_ascii=False, indent=2))
        return
    if not runs:
        click.echo("No runs recorded yet (summarizer summarize SOURCE...).", err=True)
        return
    from .render import runs_table

    click.echo(runs_table(runs), nl=False)


_SOURCE_OPTION = click.option(
    "--source", "source_paths", multiple=True, metavar="PATH",
    help="Where the run's sources are now, one per source in order, if they moved (checked by sha256).",
)


def _review_store():
    from .config import load_locations
    from .store import RunStore

    return RunStore.in_home(load_locations().home)


@cli.command("review", epilog=EXIT_CODES_HELP)
@click.argument("run_id", required=False, metavar="[RUN]")
@click.option("--json", "as_json", is_flag=True, help="Print the rejected claims, why, and the decisions as JSON.")
@click.option("--decide", metavar="CLAIM=ACTION",
              help="Record one decision without prompting: ACTION is keep, accept (needs --note), edit (needs --text) or skip.")
@click.option("--note", help="Why: required to accept a claim the verifier rejected.")
@click.option("--text", "new_text", help="For edit: the new claim; keep markers such as [2.14] (left out, the claim's own are kept).")
@click.option("--reviewer", envvar="SUMMARIZER_REVIEWER", show_envvar=True, help="Who decides (default: $SUMMARIZER_REVIEWER, else the OS user).")
@click.option("--all", "show_all", is_flag=True, help="Also walk claims already decided (default: only undecided ones).")
@click.option("--color/--no-color", default=None, help="Colour and highlight (default: when printing to a terminal).")
@_SOURCE_OPTION
@click.option("--web", is_flag=True, help="Review in the browser: a local server with one page per run (Ctrl-C stops it).")
@click.option("--port", type=click.IntRange(0, 65535), envvar="SUMMARIZER_WEB_PORT", show_envvar=True,
              help="With --web: the port to listen on (default: 0, a free one).")
@click.option("--host", metavar="ADDRESS",
              help="With --web: listen on ADDRESS instead of 127.0.0.1. Other machines can then reach it (a warning says so).")
@click.option("--no-open", is_flag=True, help="With --web: print the address but do not open a browser.")
@click.option("--out-dir", metavar="DIR", envvar="SUMMARIZER_PUBLISH_DIR", show_envvar=True,
              help="With --web: where Publish writes RUN.html, RUN.md or RUN.json (default: the current folder).")
def review_cmd(run_id: str | None, as_json: bool, decide: str | None, note: str | None, new_text: str | None,
               reviewer: str | None, show_all: bool, color: bool | None, source_paths: tuple[str, ...], web: bool,
               port: int | None, host: str | None, no_open: bool, out_dir: str | None) -> None:
    """Walk through the claims the verifier rejected in RUN (default: the latest run) and decide on each.

    For each claim: the words and figures the cited sentences do not support (highlighted, or «so»
    without colour), the reasons in plain words, the cited sentences with the one before and after, and
    better-matching sentences when the citation looks wrong. Decide: keep it rejected, accept it (a
    person's override, with a note), edit it (re-verified at once) or skip. Each decision is saved as
    it is made, so quitting or a crash loses nothing. The reviewer's name comes from --reviewer,
    SUMMARIZER_REVIEWER or the OS user. Exits 1 when an edit given with --decide still fails the verifier.

    With --web the same review runs in the browser: a server on 127.0.0.1 prints its address (with a
    random token every request needs), opens it unless --no-open, and runs until Ctrl-C (exit 130);
    keys k keep, a accept, e edit, s skip, j or Down next, Up or Shift+K previous.
    """
    from .review import ReviewSession

    store = _review_store()
    ctx = click.get_current_context()
    web_only = [f"--{name.replace('_', '-')}" for name in ("port", "host", "no_open", "out_dir")
                if ctx.get_parameter_source(name) == click.core.ParameterSource.COMMANDLINE]
    if web:
        clash = [flag for flag, given in (("--json", as_json), ("--decide", decide is not None), ("--note", note is not None),
                                          ("--text", new_text is not None), ("--all", show_all), ("--color", color is not None))
                 if given]
        if clash:
            raise click.UsageError(f"--web does not go with {', '.join(clash)}: the page shows every rejected claim "
                                   "and records each decision itself")
        _review_web(store, run_id, source_paths, reviewer, host, port or 0, no_open, out_dir or ".")
        return
    if web_only:
        raise click.UsageError(f"{', '.join(web_only)} {'goes' if len(web_only) == 1 else 'go'} with --web")
    if decide is not None:
        claim_part, sep, action = decide.partition("=")
        if not sep or not claim_part.strip().lstrip("#").isdigit():
            raise click.UsageError(f"--decide takes CLAIM=ACTION, such as 14=accept, not {decide!r}")
        session = ReviewSession.open(store, run_id, source_paths=source_paths, reviewer=reviewer,
                                     need_sources=action.strip() == "edit", max_bytes=_max_bytes(),
                                     stdin_bytes=_stdin_if_named(source_paths))
        from .render import decided_words

        decision = session.decide(int(claim_part.strip().lstrip("#")), action.strip().lower(), note=note, text=new_text)
        claim = session.review.claim(decision.claim_id)
        if as_json:
            click.echo(json.dumps({"decision": decision.model_dump(mode="json"), "status": claim.status}, ensure_ascii=False, indent=2))
        else:
            click.echo(f"Recorded: claim {decision.claim_id} {decided_words(decision)} (run {session.review.run.id}).")
            if decision.action == "edit" and decision.verdict != "supported":
                from .render import review_claim_text

                click.echo(review_claim_text(claim, session.explain(claim), style=_styler(_use_color(color))), nl=False)
                click.echo(f"To publish it anyway: summarizer review {session.review.run.id} --decide {claim.id}=accept --note \"…\"", err=True)
        sys.exit(1 if decision.action == "edit" and decision.verdict != "supported" else 0)
    if note is not None or new_text is not None:
        raise click.UsageError("--note and --text go with --decide (the interactive review asks for them)")
    if STDIN in source_paths and not as_json:
        raise click.UsageError("--source - takes standard input, which the interactive review needs for its "
                               "questions; use --json or --decide, or give the file with --source FILE")
    session = ReviewSession.open(store, run_id, source_paths=source_paths, reviewer=reviewer, max_bytes=_max_bytes(),
                                 stdin_bytes=_stdin_if_named(source_paths))
    if as_json:
        click.echo(_review_json(session), nl=False)
        return
    _interactive_review(session, show_all, _styler(_use_color(color)))


def _review_web(store, run_id: str | None, source_paths: tuple[str, ...], reviewer: str | None, host: str | None,
                port: int, no_open: bool, out_dir: str) -> None:
    """Serve the review until Ctrl-C; the server is closed (a decision being saved is finished) on the way out."""
    import webbrowser

    from .review import reviewer_name
    from .web import ReviewServer, is_loopback

    if host is not None and not host.strip():
        raise click.UsageError("--host is empty; leave it out to listen on 127.0.0.1")
    host = host.strip() if host else "127.0.0.1"
    if not is_loopback(host):
        click.echo(f"Warning: --host {host} makes the review reachable from other machines, over plain HTTP; anyone "
                   "who learns the address (and so its token) can decide and publish.", err=True)
    who = reviewer_name(reviewer)
    server = ReviewServer.start(store, run_id=run_id, host=host, port=port, out_dir=out_dir, reviewer=who,
                                source_paths=source_paths, stdin_bytes=_stdin_if_named(source_paths), max_bytes=_max_bytes())
    try:
        click.echo(server.url)
        click.echo(f"Reviewing run {server.run_id} as {who} in the browser; each decision is saved as it is made, "
                   f"Publish writes into {os.path.abspath(out_dir)}. All runs: {server.base_url}/ . Ctrl-C stops.", err=True)
        if not no_open:
            try:
                opened = webbrowser.open(server.url)
            except webbrowser.Error:
                opened = False
            if not opened:
                click.echo("No browser could be opened here; open the address above (or use --no-open).", err=True)
        server.serve_forever()
    finally:
        server.close()


def _use_color(color: bool | None) -> bool:
    return sys.stdout.isatty() if color is None else color


def _review_json(session) -> str:
    from .render import reviewed_verification_line

    review = session.review
    claims = []
    for c in review.under_review:
        explained = session.explain(c)
        claims.append({
            "id": c.id, "status": c.status, "decided": c.decided, "line": c.line, "original_line": c.original_line,
            "citations": c.citations, "edited": c.edited,
            "unsupported": explained.unsupported,
            "reasons": [r.model_dump() for r in explained.reasons],
            "context": [s.model_dump(exclude={"highlights"}) for s in explained.context],
            "suggestions": [s.model_dump() for s in explained.suggestions],
            "suggestion_passes": explained.suggestion_passes,
            "decision": None if c.decision is None else c.decision.model_dump(mode="json"),
            "history": [d.model_dump(mode="json") for d in c.history],
        })
    doc = {"run": review.run.id, "stats": review.stats().model_dump(), "verification": reviewed_verification_line(review),
           "rejected": claims}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


_CHOICES = {"k": "keep", "a": "accept", "e": "edit", "s": "skip", "q": "quit"}


def _interactive_review(session, show_all: bool, style) -> None:
    from .render import decided_words, review_claim_text, review_summary_line

    review = session.review
    run_id = review.run.id
    rejected = review.under_review
    if not rejected:
        click.echo(f"Run {run_id}: the verifier rejected no claim; nothing to review.")
        return
    queue = [c.id for c in rejected if show_all or not c.decided]
    if not queue:
        click.echo(f"Run {run_id}: {review_summary_line(review)} (--all to revisit them)")
        return
    click.echo(f"Reviewing run {run_id} as {session.reviewer}: {len(queue)} of {len(rejected)} rejected claim(s) to decide. "
               "Each decision is saved at once.\n")
    for n, claim_id in enumerate(queue, 1):
        claim = review.claim(claim_id)
        click.echo(review_claim_text(claim, session.explain(claim), position=f"{n} of {len(queue)}", style=style))
        while True:
            choice = _prompt_choice("[k]eep rejected, [a]ccept with a note, [e]dit, [s]kip, [q]uit")
            if choice == "quit":
                click.echo(f"Stopped. {review_summary_line(review)}")
                return
            if choice == "edit":
                text = click.prompt("New text (markers such as [2.14] may change; leave them out to keep the claim's)",
                                    default=claim.line, show_default=False)
                decision = session.decide(claim_id, "edit", text=text)
                claim = review.claim(claim_id)
                if decision.verdict == "supported":
                    click.echo(style("Saved: the edited claim passes the verifier and goes into the summary.", "ok") + "\n")
                    break
                click.echo(style("The edited claim still fails the verifier:", "bad"))
                click.echo(review_claim_text(claim, session.explain(claim), style=style))
                continue  # accept anyway (with a note), edit again, keep or skip
            note = None
            if choice == "accept":
                note = click.prompt("Note (why the claim is right although the verifier rejected it)").strip()
                while not note:
                    note = click.prompt("A note is required to accept").strip()
            decision = session.decide(claim_id, choice, note=note)
            click.echo(f"Saved: claim {claim_id} {decided_words(decision)}.\n")
            break
    click.echo(f"Done. {review_summary_line(review)}")
    click.echo(f"Publish it: summarizer export {run_id} --format html --out summary.html")


def _prompt_choice(text: str) -> str:
    while True:
        raw = click.prompt(text, prompt_suffix=": ").strip().lower()
        if raw[:1] in _CHOICES and raw in (raw[:1], _CHOICES[raw[:1]]):
            return _CHOICES[raw[:1]]
        click.echo("Type k, a, e, s or q.")


@cli.command("export", epilog=EXIT_CODES_HELP)
@click.argument("run_id", required=False, metavar="[RUN]")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json", "html"]), default="markdown", show_default=True,
              envvar="SUMMARIZER_EXPORT_FORMAT", show_envvar=True, help="markdown, json, or one self-contained HTML file.")
@click.option("--out", metavar="FILE", help="Write to FILE (atomically) instead of standard output.")
@_SOURCE_OPTION
def export_cmd(run_id: str | None, fmt: str, out: str | None, source_paths: tuple[str, ...]) -> None:
    """Render RUN's summary (default: the latest run) with the review decisions applied.

    Published: the claims the verifier passed, and those a reviewer accepted, which are marked † (and
    labelled in HTML) wherever they appear. Rejected claims are listed with their reasons and decisions.
    json and html quote the cited source sentences, so they read the run's sources (checked by sha256).
    """
    from .review import ReviewSession

    session = ReviewSession.open(_review_store(), run_id, source_paths=source_paths, need_sources=fmt != "markdown",
                                 max_bytes=_max_bytes(), stdin_bytes=_stdin_if_named(source_paths))
    review = session.review
    text = session.export(fmt)
    _emit(text, out)
    if out:
        click.echo(f"Wrote {out}: {review.stats().published} claims published ({review.stats().accepted} accepted by a reviewer).", err=True)


@cli.command("eval", epilog=EXIT_CODES_HELP)
@click.option("--json", "json_out", metavar="FILE", help="Also write the full results (versions, config, prompts, model, git hash, date, every claim) to FILE.")
@click.option("--compare", "compare_files", nargs=2, metavar="OLD NEW", help="Print what changed between two results files, case by case and type by type; runs nothing.")
@click.option("--config", "config_path", metavar="FILE", envvar="SUMMARIZER_EVAL_CONFIG", show_envvar=True, help="Thresholds file (default: eval/config.json).")
@click.option("--cases", "cases_dir", metavar="DIR", envvar="SUMMARIZER_EVAL_CASES", show_envvar=True, help="Folder of case files (default: eval/cases).")
@click.option("--misses", is_flag=True, help="List every claim the verifier got wrong, wrongly accepted ones first.")
@click.option(
    "--record", is_flag=True,
    help="First re-record the pipeline cases' cassettes against the configured provider (OPENAI_API_KEY, "
         "OPENAI_BASE_URL, SUMMARIZER_MODEL; needs vcrpy, the test extra). The key is filtered out; claims the "
         "model now drafts that have no gold label are listed under 'to_label' in the case file.",
)
@click.option("--case", "record_cases", multiple=True, metavar="ID", help="With --record: only this pipeline case (repeatable).")
@click.option(
    "--summedits", "summedits_dir", is_flag=False, flag_value="", default=None, metavar="[DIR]",
    help="Instead of the cases, run the SummEdits benchmark in DIR (default: ../shared/benchmarks/summedits from "
         "here, else from the checkout; skipped with a note, exit 0, when neither exists).",
)
@click.option("--summedits-domain", "summedits_domains", multiple=True, metavar="NAME", help="With --summedits: only this domain (repeatable).")
@click.option("--summedits-limit", type=click.IntRange(1), metavar="N", help="With --summedits: only the first N samples of each domain.")
@click.option("--summedits-config", metavar="FILE", help="With --summedits: the threshold file (default: eval/summedits.json).")
def eval_cmd(json_out: str | None, compare_files: tuple[str, str] | None, config_path: str | None, cases_dir: str | None,
             misses: bool, record: bool, record_cases: tuple[str, ...], summedits_dir: str | None,
             summedits_domains: tuple[str, ...], summedits_limit: int | None, summedits_config: str | None) -> None:
    """Run the labelled eval cases and check the thresholds.

    Verifier cases check each labelled claim; pipeline cases replay the whole pipeline (draft, verify,
    repair) from recorded answers, with no network and no key, and their drafted claims count with their
    gold labels. Prints, per error type, how many claims there are and how many were rejected; balanced
    accuracy, recall of unsupported claims, the false-rejection rate and verified precision; then the
    pipeline figures (claims drafted, verified, rejected, repaired; tokens and estimated cost). Exits 1 when
    a figure is below the thresholds in the eval config, or a pipeline case cannot be replayed or is not
    fully labelled. With --compare OLD NEW it only prints the changes.

    With --summedits [DIR] it runs only the SummEdits benchmark (summaries nobody here wrote, checked with
    attribution; a summary counts as flagged when any claim is rejected) and prints balanced accuracy per
    domain beside the published figures, per edit type and per reason code; --json FILE writes the results.
    Exits 1 when the overall (pooled) balanced accuracy is below eval/summedits.json (--summedits-config).
    """
    from . import evaluation, render_eval

    if summedits_dir is not None:
        from pathlib import Path

        from . import summedits

        conflicting = [flag for flag, given in (("--compare", compare_files), ("--misses", misses), ("--record", record),
                                                ("--case", record_cases)) if given]
        if conflicting:
            raise InputError(f"{', '.join(conflicting)} cannot be used with --summedits")
        if summedits_dir:
            folder = Path(summedits_dir)  # named by the user: a missing folder is an error, not a skip
        else:
            candidates = list(dict.fromkeys(summedits.default_directories()))
            folder = next((c for c in candidates if c.is_dir()), None)
            if folder is None:
                click.echo(f"SummEdits skipped: no benchmark folder at {' or '.join(map(str, candidates))}.", err=True)
                sys.exit(0)
        threshold = summedits.load_threshold(summedits_config)
        se_results = summedits.run_summedits(folder, domains=list(summedits_domains) or None, limit=summedits_limit)
        click.echo(summedits.render_table(se_results), nl=False)
        if json_out:
            summedits.write_results(se_results, json_out)
            click.echo(f"Wrote {json_out}.", err=True)
        figure = se_results.overall.balanced_accuracy
        if figure is None or figure < threshold.min_balanced_accuracy:
            shown = "undefined (it needs consistent and inconsistent samples)" if figure is None else f"{figure:.4f}"
            click.echo(f"Below threshold: SummEdits overall balanced accuracy {shown} < min_balanced_accuracy "
                       f"{threshold.min_balanced_accuracy} ({summedits_config or 'eval/summedits.json'})", err=True)
            sys.exit(1)
        sys.exit(0)
    if summedits_domains or summedits_limit or summedits_config:
        raise InputError("--summedits-domain, --summedits-limit and --summedits-config only apply with --summedits")

    if compare_files:
        if record:
            raise InputError("--record and --compare cannot be used together")
        old, new = (evaluation.load_results(p) for p in compare_files)
        click.echo(render_eval.render_comparison(evaluation.compare(old, new)), nl=False)
        return
    if record_cases and not record:
        raise InputError("--case only applies with --record")
    config = evaluation.load_config(config_path)
    if record:
        from .config import load_provider_config, provider_label

        provider = load_provider_config()
        if not provider.is_configured:
            raise ConfigError("--record needs a provider: set OPENAI_API_KEY or OPENAI_BASE_URL")
        click.echo(f"Recording pipeline cases against {provider.model} at {provider_label(provider.base_url)} ...", err=True)
        for done in evaluation.record_pipeline_cases(cases_dir, provider, only=record_cases or None):
            click.echo(
                f"Recorded {done.id} into {done.cassette} ({done.total_tokens} tokens): "
                f"{done.labelled} claim(s) kept their gold labels, {done.to_label} need one ('to_label' in the case file).",
                err=True,
            )
    from .verify import VerifierConfig

    results = evaluation.run_suite(cases_dir, VerifierConfig())
    click.echo(render_eval.render_table(results), nl=False)
    if misses:
        click.echo("")
        click.echo(render_eval.render_misses(results), nl=False)
    if json_out:
        evaluation.write_results(results, json_out)
        click.echo(f"Wrote {json_out}.", err=True)
    failures = evaluation.check_thresholds(results, config.thresholds)
    for failure in failures:
        prefix = "Failed" if failure.startswith("case ") else "Below threshold"
        click.echo(f"{prefix}: {failure}", err=True)
    sys.exit(1 if failures else 0)


def _dotenv_defaults(command: click.Command, dotenv: _Dotenv) -> dict:
    """The ./.env values of options that name an environment variable, as click's ``default_map``: click
    takes the environment first, then these, then the built-in default, and os.environ is never written.
    (The provider and folder settings are config's, which reads .env itself and names it in errors.)"""
    found: dict = {}
    for param in command.params:
        var = param.envvar
        if isinstance(var, str) and not os.environ.get(var, "").strip() and (dotenv.get(var) or "").strip():
            found[param.name] = dotenv[var].strip()
    for name, sub in getattr(command, "commands", {}).items():
        below = _dotenv_defaults(sub, dotenv)
        if below:
            found[name] = below
    return found


def _interrupted(signum, frame) -> None:
    """Ctrl-C: one line and exit 130 (128 + SIGINT), not click's "Aborted!" with exit 1. Raised as
    SystemExit in the main thread, so ``finally`` blocks and context managers still run: decisions and
    runs already committed stay committed, atomic writes leave their target untouched."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # a second Ctrl-C ends it the hard way
    click.echo("Interrupted: everything saved before this point is kept.", err=True)
    raise SystemExit(130)


def main() -> None:
    """Console-script entry point."""
    signal.signal(signal.SIGINT, _interrupted)
    # Start-up: the interpreter's last garbage collections at exit walk every object still alive
    # (pydantic's schemas, the lexicon's caches, every class and function): ~15 ms of a 0.15 s `verify`.
    # Frozen objects are left to the operating system instead. Registered with atexit, so it happens
    # only when the process really ends, after the commands have closed their files and databases
    # (and the interpreter still flushes standard output and standard error itself).
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    # Start-up again: importing a command's modules (compiling their patterns, building their tables)
    # allocates some 200,000 objects that live on, and the collector's default of a pass every 700 new
    # objects ran 33 times in a `verify` of two claims, 6 ms of 80, finding nothing to free. The command
    # line collects in larger steps; the library leaves the collector as it finds it.
    gc.set_threshold(50_000, 20, 20)
    try:
        dotenv = _Dotenv()
        # read_dotenv's default file; checked here first because importing its parser would cost `--help`
        # more than everything else it does (and envfile, not config, so no command pays for pydantic).
        if os.path.isfile(".env"):
            from .envfile import read_dotenv

            dotenv.update(read_dotenv())
    except ConfigError as exc:
        # Before click runs, so _Group cannot turn it into the one-line error: do it here.
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)
    try:
        cli.main(prog_name="summarizer", default_map=_dotenv_defaults(cli, dotenv), obj=dotenv)
    except BrokenPipeError:
        # `summarizer … | head`: the reader left; exit quietly without a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)


if __name__ == "__main__":
    main()
