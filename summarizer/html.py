"""The reviewed summary as one self-contained HTML file (``summarizer export --format html``).

No network: no external scripts, styles, fonts or images, and a Content-Security-Policy that forbids
them. Every citation is a link to its sentence in the "Cited source sentences" list (works without
JavaScript and on paper); hovering or focusing it shows the sentence, and clicking it shows the sentence
in a panel. A claim a person accepted over the verifier is marked with † and a label, never by colour
alone. A panel lists every claim the verifier rejected, with its reasons and the decision on it. The
review page of ``summarizer review --web`` (web.py) is built from the same pieces, so both read alike.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from .citations import MARKER_RE, parse_markers
from .render import ACCEPTED_LABEL, ACCEPTED_MARK, decision_text, digest_parts, reviewed_verification_line

PAGE_CSS = """
:root { --ok: #1a7f37; --acc: #9a6700; --bad: #b42318; --ink: #1f2328; --dim: #57606a; --bg-acc: #fff8c5; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); max-width: 52rem;
       margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
.verification, .provenance, .legend { color: var(--dim); font-size: .9rem; }
.claim { margin: .5rem 0; padding-left: .6rem; border-left: 3px solid var(--ok); }
.claim.accepted { border-left-color: var(--acc); background: var(--bg-acc); }
.badge { font-size: .75rem; padding: 0 .35rem; border-radius: .6rem; border: 1px solid currentColor; white-space: nowrap; }
.badge.verified { color: var(--ok); } .badge.accepted { color: var(--acc); } .badge.rejected { color: var(--bad); }
a.cite { position: relative; color: #0969da; text-decoration: none; font-size: .85em; white-space: nowrap; }
a.cite:hover, a.cite:focus { text-decoration: underline; }
a.cite .cite-tip { display: none; position: absolute; left: 0; top: 1.4em; z-index: 2; width: 26rem; max-width: 80vw;
       white-space: normal; background: #fff; color: var(--ink); border: 1px solid #d0d7de; border-radius: 6px;
       padding: .5rem .7rem; box-shadow: 0 4px 12px rgba(0,0,0,.15); font-size: .9rem; }
a.cite:hover .cite-tip, a.cite:focus .cite-tip { display: block; }
#cite-view { position: sticky; bottom: 0; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px;
       padding: .6rem .8rem; margin: 1rem 0; }
#cite-view .cite-id { font-weight: 600; margin-right: .4rem; }
#cite-view button { float: right; }
mark.unsupported { background: #ffd8d3; color: inherit; border-bottom: 2px solid var(--bad); }
mark.cue { background: #fff1b8; color: inherit; }
.rejected-claim { border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem .8rem; margin: .8rem 0; break-inside: avoid; }
.rejected-claim .line { font-weight: 500; }
.rejected-claim ul { margin: .3rem 0; padding-left: 1.2rem; }
.decision { font-size: .9rem; } .code { color: var(--dim); font-family: ui-monospace, monospace; font-size: .8rem; }
.context { font-size: .9rem; color: var(--dim); margin: .3rem 0 0; }
.context .cited { color: var(--ink); }
dl.sentences dt { font-weight: 600; float: left; clear: left; width: 4rem; }
dl.sentences dd { margin: 0 0 .4rem 4.2rem; }
dd:target { background: #ddf4ff; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  a.cite { color: inherit; } a.cite .cite-tip, #cite-view { display: none !important; }
  .claim, .rejected-claim, dl.sentences dd { break-inside: avoid; }
  .claim.accepted { background: none; }
  h2 { break-after: avoid; }
  #cited-sentences { break-before: page; }
}
"""

# Clicking a citation shows its sentence(s) in #cite-view; Escape or the button closes it.
_SCRIPT = """
(function () {
  var view = document.getElementById('cite-view');
  var idEl = view.querySelector('.cite-id'), textEl = view.querySelector('.cite-text');
  function show(link) {
    var ids = (link.getAttribute('data-sentences') || '').split(' ').filter(Boolean);
    var parts = ids.map(function (id) {
      var dd = document.getElementById('s-' + id.replace('.', '-'));
      return dd ? dd.textContent : '';
    });
    idEl.textContent = '[' + ids.join('][') + ']';
    textEl.textContent = parts.join(' ');
    view.hidden = false;
    view.setAttribute('data-shown', ids.join(' '));
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.cite') : null;
    if (link) { event.preventDefault(); show(link); }
  });
  view.querySelector('button').addEventListener('click', function () { view.hidden = true; });
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { view.hidden = true; } });
})();
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _anchor(sentence_id: str) -> str:
    return "s-" + sentence_id.replace(".", "-")


def _marker_ids(inner: str, claim_evidence: list[str], sentences: Mapping[str, str]) -> list[str]:
    cites, _ = parse_markers(f"[{inner}]")
    ids: list[str] = []
    for c in cites:
        if c.sentence is not None:
            ids.append(c.id)
        else:  # a whole-source marker [2]: the sentences the verifier chose from that source
            ids += [sid for sid in claim_evidence if sid.split(".")[0] == str(c.source)]
    return [sid for sid in dict.fromkeys(ids) if sid in sentences]


def _line_html(line: str, spans: list[tuple[int, int]], claim_evidence: list[str], sentences: Mapping[str, str]) -> str:
    """The claim line, escaped, with highlighted spans and every marker turned into a citation link."""
    marks = [(a, b, "unsupported") for a, b in spans]
    pieces: list[str] = []
    pos = 0
    events = sorted([(m.start(), m.end(), "cite", m) for m in MARKER_RE.finditer(line)] +
                    [(a, b, kind, None) for a, b, kind in marks], key=lambda t: t[0])
    for a, b, kind, m in events:
        if a < pos:
            continue
        pieces.append(_e(line[pos:a]))
        if kind == "cite":
            ids = _marker_ids(m.group(1), claim_evidence, sentences)
            tip = " ".join(f"[{sid}] {sentences[sid]}" for sid in ids) or "(sentence not available)"
            href = f"#{_anchor(ids[0])}" if ids else "#cited-sentences"
            pieces.append(f'<a class="cite" href="{href}" data-sentences="{_e(" ".join(ids))}">{_e(line[a:b])}'
                          f'<span class="cite-tip" role="tooltip">{_e(tip)}</span></a>')
        else:
            pieces.append(f'<mark class="unsupported">{_e(line[a:b])}</mark>')
        pos = b
    pieces.append(_e(line[pos:]))
    return "".join(pieces)


def _text_with_marks(text: str, spans: list[tuple[int, int]], css: str) -> str:
    out, pos = [], 0
    for a, b in spans:
        out.append(_e(text[pos:a]) + f'<mark class="{css}">{_e(text[a:b])}</mark>')
        pos = b
    return "".join(out) + _e(text[pos:])


def _claim_html(c, sentences: Mapping[str, str]) -> str:
    status = c.status
    badge = ""
    extra = ""
    if status == "accepted":
        d = c.decision
        badge = (f' <span class="badge accepted" title="{_e(ACCEPTED_LABEL)}">{ACCEPTED_MARK} {_e(ACCEPTED_LABEL)}</span>')
        extra = f' data-reviewer="{_e(d.reviewer)}"'
    elif c.edited:
        badge = ' <span class="badge verified">verified after a reviewer\'s edit</span>'
    return (f'<p class="claim {status}" id="claim-{c.id}" data-claim="{c.id}" data-status="{status}"{extra}>'
            f'{_line_html(c.line, [], c.evidence, sentences)}{badge}</p>')


def rejected_claim_html(c, explanation, sentences: Mapping[str, str]) -> str:
    """One claim the verifier rejected, as the export and `review --web` show it: the claim with the unsupported
    words marked, the reasons in plain words, how its words match, the cited sentences in context, better
    sentences to cite, and the decision on it (``explanation`` is ReviewSession.explain's, or None)."""
    spans = explanation.highlights if explanation is not None else []
    d = c.decision
    decision = d.action if d is not None else "undecided"
    parts = [f'<article class="rejected-claim" id="review-{c.id}" data-claim="{c.id}" data-decision="{decision}" '
             f'data-status="{c.status}">',
             f'<p class="line"><span class="badge {c.status}">{_e(_status_label(c))}</span> Claim {c.id}: '
             f'{_line_html(c.line, spans, c.evidence, sentences)}</p>']
    if c.edited:
        parts.append(f'<p class="context">Edited by a reviewer; the run\'s text was: {_e(c.original_line)}</p>')
    reasons = explanation.reasons if explanation is not None else []
    if reasons:
        parts.append('<ul class="reasons">')
        for r in reasons:
            parts.append(f'<li><strong>{_e(r.title[:1].upper() + r.title[1:])}.</strong> {_e(r.message)} '
                         f'<span class="code">{_e(r.code)}</span></li>')
        parts.append("</ul>")
    if explanation is not None and explanation.alignment:
        items = "".join(f"<li>{_e(w)}</li>" for w in explanation.alignment)
        parts.append(f'<div class="alignment">How its words match the cited sentences:<ul>{items}</ul></div>')
    if explanation is not None and explanation.context:
        parts.append('<div class="context">')
        for s in explanation.context:
            text = _text_with_marks(s.text, s.highlights, "cue")
            css = "cited" if s.cited else "around"
            parts.append(f'<div class="{css}">[{_e(s.id)}] {text}</div>')
        parts.append("</div>")
    if explanation is not None and explanation.suggestions:
        cite = "".join(f"[{sid}]" for sid in explanation.suggested_citations)
        lead = (f"Citing {cite} instead passes the verifier. Not cited now:" if explanation.suggestion_passes
                else f"The best match across all sources, {cite}, does not pass either. Not cited now:")
        items = "".join(f"<li>[{_e(s.id)}] {_e(s.text)}</li>" for s in explanation.suggestions)
        parts.append(f'<div class="context">{lead}<ul>{items}</ul></div>')
    parts.append(f'<p class="decision">Decision: {_e(decision_text(c))}</p>')
    parts.append("</article>")
    return "\n".join(parts)


def _status_label(c) -> str:
    if c.status == "accepted":
        return f"{ACCEPTED_MARK} accepted"
    if c.status == "verified":
        return "verified after edit"
    return "rejected" if c.decided else "rejected, undecided"


def cited_sentences_html(sentences: Mapping[str, str]) -> str:
    """The "Cited source sentences" list every citation link points into (``#s-2-14``)."""
    items = [f'<dt>[{_e(sid)}]</dt><dd id="{_anchor(sid)}">{_e(sentences[sid])}</dd>'
             for sid in sorted(sentences, key=lambda s: tuple(int(p) for p in s.split(".")))]
    return "\n".join(['<section id="cited-sentences"><h2>Cited source sentences</h2><dl class="sentences">', *items,
                      "</dl></section>"])


def export_html(review, sentences: Mapping[str, str], explanations: Mapping[int, object] | None = None) -> str:
    """The reviewed summary as one HTML document; ``sentences`` maps sentence ids to their text."""
    explanations = explanations or {}
    result = review.result
    published = review.published
    title = f"Summary \u00b7 run {review.run.id}"
    body: list[str] = ["<header><h1>Summary</h1>",
                       f'<p class="verification">{_e(reviewed_verification_line(review))}</p>',
                       '<p class="legend"><span class="badge verified">verified</span> checked by the verifier against '
                       f'the cited sentences \u00b7 <span class="badge accepted">{ACCEPTED_MARK} accepted</span> the verifier '
                       'rejected it; a reviewer accepted it with a note \u00b7 hover or click a citation to read the '
                       'source sentence</p></header>',
                       '<main>', '<section id="summary">']
    if result.shape == "digest":
        for kind, heading, members in digest_parts(published, result.sections):
            if kind == "headline":
                body.append(_claim_html(members[0], sentences).replace('<p class="claim', '<p class="claim headline', 1))
                continue
            body.append(f"<h2>{_e(heading)}</h2>")
            body += [_claim_html(c, sentences) for c in members]
    else:
        body += [_claim_html(c, sentences) for c in published] or ['<p class="empty">No claim could be verified or was accepted.</p>']
    body.append("</section>")
    body.append('<aside id="cite-view" role="status" aria-live="polite" hidden><button type="button" '
                'aria-label="Close">\u00d7</button><span class="cite-id"></span><span class="cite-text"></span></aside>')
    reviewed = review.under_review
    body.append(f'<section id="review-panel"><h2>Claims the verifier rejected ({len(reviewed)})</h2>')
    if reviewed:
        body.append('<p class="legend">Words the cited sentences do not support are <mark class="unsupported">marked</mark>; '
                    'in the source sentences, the words the claim dropped are <mark class="cue">marked</mark>.</p>')
        body += [rejected_claim_html(c, explanations.get(c.id), sentences) for c in reviewed]
    else:
        body.append("<p>None: the verifier passed every claim.</p>")
    body.append("</section>")
    body.append(cited_sentences_html(sentences))
    body.append("</main>")
    sources = "".join(f"<li>{_e(s.path)} ({s.sentences} sentences, sha256 {_e(s.sha256[:12])})</li>" for s in result.sources)
    prompts = ", ".join(f"{n}@{v}" for n, v in sorted(result.prompts.items()))
    body.append(f'<footer><h2>Sources</h2><ol>{sources}</ol><p class="provenance">Drafted by {_e(result.model)} \u00b7 '
                f'prompts {_e(prompts)} \u00b7 run {_e(review.run.id)}</p></footer>')
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'\">\n"
        f"<title>{_e(title)}</title>\n<style>{PAGE_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )
