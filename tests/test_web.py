"""`summarizer review --web` without a browser: the token, same-origin and CSRF checks, escaping, decisions
from two tabs, Publish, the runs list, and the command (flags, a busy port, Ctrl-C).

The app is driven through werkzeug's test client (no socket), except the Ctrl-C test, which runs the real
command in a subprocess on a free loopback port. tests/test_web_browser.py drives the page in chromium.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import urllib.request
from html import escape, unescape

import pytest
from click.testing import CliRunner
from helpers import ROOT, SEED_000
from test_review import DROPPED_HEDGE, RUN, WRONG_CITATION, WRONG_FIGURE, make_run
from werkzeug.test import Client

from summarizer.cli import cli
from summarizer.render import RUNS_COLUMNS
from summarizer.review import load_review
from summarizer.store import RunStore
from summarizer.web import ReviewApp, is_loopback

BASE = "http://127.0.0.1:8123"
HOSTS = {"127.0.0.1:8123", "localhost:8123"}
FIXED = "Lee's approval rating hit 60 percent following his state visit to China [2.21]."  # what 2.21 says


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    s = RunStore.in_home(tmp_path / "home")
    make_run(s)  # claims 2 (65 percent), 3 (dropped hedge) and 4 (wrong citation) are rejected
    return s


@pytest.fixture
def app(store, tmp_path):
    return ReviewApp(store, reviewer="alice", out_dir=tmp_path / "out", allowed_hosts=HOSTS)


def tab(app: ReviewApp) -> Client:
    """A browser tab that opened the printed address: the token is now its cookie."""
    client = Client(app)
    first = client.get(f"/runs/{RUN}?token={app.token}", base_url=BASE)
    assert first.status_code == 303 and first.headers["Location"] == f"/runs/{RUN}"
    return client


def post(client: Client, path: str, data: dict, *, origin: str | None = BASE, csrf: str | None = None,
         as_json: bool = True, **headers):
    if origin is not None:
        headers["Origin"] = origin
    if as_json:
        headers["Accept"] = "application/json"
    return client.post(path, data={**({"csrf": csrf} if csrf else {}), **data}, headers=headers, base_url=BASE)


def decide(client: Client, app: ReviewApp, claim: int, **data):
    return post(client, f"/runs/{RUN}/claims/{claim}", data, csrf=app.csrf)


def test_without_the_token_every_request_gets_403_and_nothing_is_written(app, store, tmp_path):
    anonymous = Client(app)
    for path in ("/", f"/runs/{RUN}", "/nowhere"):
        assert anonymous.get(path, base_url=BASE).status_code == 403
    assert anonymous.get(f"/runs/{RUN}?token=not-the-token", base_url=BASE).status_code == 403
    # A POST with everything right but the token: the page's origin, the CSRF value, a valid decision.
    refused = post(anonymous, f"/runs/{RUN}/claims/2", {"action": "accept", "note": "fine"}, csrf=app.csrf)
    assert refused.status_code == 403
    assert post(anonymous, f"/runs/{RUN}/publish", {"format": "html"}, csrf=app.csrf).status_code == 403
    assert "token" in refused.get_data(as_text=True)
    assert store.decisions(RUN) == []
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_token_moves_from_the_address_into_a_strict_http_only_cookie(app):
    client = Client(app)
    first = client.get(f"/runs/{RUN}?token={app.token}", base_url=BASE)
    cookie = first.headers["Set-Cookie"]
    assert cookie.startswith(f"summarizer_review_8123={app.token};")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    page = client.get(first.headers["Location"], base_url=BASE)
    assert page.status_code == 200
    assert [int(n) for n in re.findall(r'<section class="review-item" id="claim-(\d+)"', page.get_data(as_text=True))] == [2, 3, 4]
    assert app.token not in page.get_data(as_text=True)  # the page holds the CSRF value, never the token


def test_a_post_from_another_origin_or_without_csrf_is_refused(app, store):
    client = tab(app)
    note = {"action": "accept", "note": "fine"}
    assert post(client, f"/runs/{RUN}/claims/2", note, origin="http://evil.example", csrf=app.csrf).status_code == 403
    assert post(client, f"/runs/{RUN}/claims/2", note, origin="null", csrf=app.csrf).status_code == 403
    # Another port of the same machine is another origin.
    assert post(client, f"/runs/{RUN}/claims/2", note, origin="http://127.0.0.1:9999", csrf=app.csrf).status_code == 403
    # Neither Origin nor Referer: refused; a Referer of another site: refused.
    assert post(client, f"/runs/{RUN}/claims/2", note, origin=None, csrf=app.csrf).status_code == 403
    assert post(client, f"/runs/{RUN}/claims/2", note, origin=None, csrf=app.csrf,
                Referer="http://127.0.0.1:8123.evil.example/").status_code == 403
    # The right origin without the CSRF value, or with a wrong one: refused.
    assert post(client, f"/runs/{RUN}/claims/2", note).status_code == 403
    assert post(client, f"/runs/{RUN}/claims/2", note, csrf="0" * 64).status_code == 403
    # A GET cannot change anything: the decision route takes POST only.
    assert client.get(f"/runs/{RUN}/claims/2?action=keep", base_url=BASE).status_code == 405
    assert store.decisions(RUN) == []
    # The page's own POST (here with a same-origin Referer, as a form without Origin would send) is taken.
    taken = post(client, f"/runs/{RUN}/claims/2", note, origin=None, csrf=app.csrf, Referer=f"{BASE}/runs/{RUN}")
    assert taken.status_code == 200, taken.get_data(as_text=True)
    assert [d["action"] for d in store.decisions(RUN)] == ["accept"]


def test_a_foreign_host_header_is_refused_even_with_the_token(app):
    # DNS rebinding: a page of evil.example whose name now points at 127.0.0.1 sends Host: evil.example.
    client = Client(app)
    assert client.get(f"/?token={app.token}", base_url="http://evil.example:8123").status_code == 403


def test_the_page_forbids_external_scripts_fonts_and_images(app):
    response = tab(app).get(f"/runs/{RUN}", base_url=BASE)
    csp = response.headers["Content-Security-Policy"]
    nonce = re.search(r"script-src 'nonce-([^']+)'", csp).group(1)
    assert csp.startswith("default-src 'none';") and f"style-src 'nonce-{nonce}'" in csp
    page = response.get_data(as_text=True)
    assert re.findall(r"<script[^>]*>", page) == [f'<script nonce="{nonce}">']
    assert re.findall(r"<style[^>]*>", page) == [f'<style nonce="{nonce}">']
    assert not re.search(r"\b(src|srcset)=|<link\b|@import|url\(", page)
    assert response.headers["X-Frame-Options"] == "DENY" and response.headers["Cache-Control"] == "no-store"


def test_a_source_holding_a_script_tag_renders_as_text(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    source = tmp_path / "evil.txt"
    source.write_text("The mayor opened the bridge on Monday. <script>alert(1)</script> The bridge cost 40 million "
                      "dollars.\n", encoding="utf-8")
    store = RunStore.in_home(tmp_path / "home")
    # Rejected (50 is not 40), so the page quotes the cited sentence and its neighbours.
    make_run(store, ["The bridge cost 50 million <b>dollars</b> [1.2]."], paths=(source,))
    app = ReviewApp(store, reviewer="alice", out_dir=tmp_path, allowed_hosts=HOSTS)
    page = tab(app).get(f"/runs/{RUN}", base_url=BASE).get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;" in page
    assert "<script>alert" not in page and "<b>" not in page
    assert len(re.findall(r"<script\b", page)) == 1  # only the page's own, with its nonce


def test_two_tabs_deciding_the_same_claim_the_later_wins_and_both_are_in_the_history(app, store):
    first, second = tab(app), tab(app)
    for client in (first, second):  # both tabs show claim 2 undecided
        assert 'data-claim="2" data-status="rejected" data-decided="false"' in client.get(f"/runs/{RUN}", base_url=BASE).get_data(as_text=True)
    accepted = decide(first, app, 2, action="accept", note="Gallup's later poll says 65", seq="0").get_json()
    assert accepted["ok"] and accepted["status"] == "accepted" and "Meanwhile" not in accepted["message"]
    kept = decide(second, app, 2, action="keep", seq="0").get_json()  # the second tab had not seen the accept
    assert kept["ok"] and kept["status"] == "rejected"
    assert "Meanwhile it had been accepted with a note by alice" in kept["message"]
    claim = load_review(store, RUN).claim(2)
    assert (claim.decision.action, claim.status) == ("keep", "rejected")
    assert [(d.action, d.note) for d in claim.history] == [("accept", "Gallup's later poll says 65"), ("keep", None)]
    # Either tab, reloaded, shows the later decision and both entries of the history.
    page = first.get(f"/runs/{RUN}", base_url=BASE).get_data(as_text=True)
    item = page.split('id="claim-2"')[1].split("</section>")[0]
    assert "Decision: kept rejected by alice" in item
    assert re.findall(r"<li>(accepted with a note|kept rejected) by alice", item) == ["accepted with a note", "kept rejected"]


def test_decisions_are_checked_verified_and_committed_with_who_and_when(app, store):
    client = tab(app)
    missing = decide(client, app, 2, action="accept", note="   ")
    assert missing.status_code == 400 and missing.get_json() == {
        "ok": False, "message": "accepting claim 2 over the verifier's objections needs a note saying why"}
    assert decide(client, app, 1, action="keep").status_code == 400  # claim 1 was verified: not under review
    assert decide(client, app, 2, action="approve").status_code == 400
    assert post(client, f"/runs/{RUN}/claims/99", {"action": "keep"}, csrf=app.csrf).status_code == 400
    assert store.decisions(RUN) == []
    # An edit that still drops the hedge: recorded, not settled, the reasons shown at once.
    failed = decide(client, app, 3, action="edit", text="Xi acknowledged the efforts [1.13].").get_json()
    assert failed["ok"] and failed["settled"] is False and failed["status"] == "rejected"
    assert "the new text still fails" in failed["message"] and "hedge_dropped" in failed["html"]
    # An edit citing the right sentence passes and goes into the summary.
    passed = decide(client, app, 4, action="edit", text=FIXED).get_json()
    assert passed["settled"] and passed["status"] == "verified" and "It goes into the summary" in passed["message"]
    assert 'data-status="verified"' in passed["html"]
    assert passed["verification"].startswith("2 of 4 claims verified (1 after a reviewer's edit)")
    stored = store.decisions(RUN)
    assert [(d["claim_id"], d["action"], d["verdict"], d["reviewer"]) for d in stored] == [
        (3, "edit", "rejected", "alice"), (4, "edit", "supported", "alice")]
    assert all(d["decided_at"].startswith("20") for d in stored)


def test_a_plain_form_post_without_the_script_redirects_back_to_the_claim(app, store):
    client = tab(app)
    response = post(client, f"/runs/{RUN}/claims/3", {"action": "keep"}, csrf=app.csrf, as_json=False)
    assert response.status_code == 303 and response.headers["Location"] == f"/runs/{RUN}#claim-3"
    assert load_review(store, RUN).claim(3).decision.action == "keep"


def test_publish_writes_what_export_writes_into_the_folder_fixed_at_start(app, store, tmp_path):
    (tmp_path / "out").mkdir()
    client = tab(app)
    decide(client, app, 2, action="accept", note="Gallup's later poll says 65")
    for fmt, ext in (("html", "html"), ("markdown", "md"), ("json", "json")):
        done = post(client, f"/runs/{RUN}/publish", {"format": fmt}, csrf=app.csrf).get_json()
        path = tmp_path / "out" / f"{RUN}.{ext}"
        assert done == {"ok": True, "message": f"Wrote {path}: 2 claims published (1 accepted by a reviewer).",
                        "path": str(path), "format": fmt}
        exported = CliRunner().invoke(cli, ["export", RUN, "--format", fmt])
        assert exported.exit_code == 0, exported.output
        assert path.read_text(encoding="utf-8") == exported.output
    doc = json.loads((tmp_path / "out" / f"{RUN}.json").read_text(encoding="utf-8"))
    (accepted,) = [c for c in doc["claims"] if c["id"] == 2]
    assert (accepted["verified_by"], accepted["decision"]["reviewer"]) == ("reviewer", "alice")
    # The format is one of three names; anything else (a path, say) is refused and nothing is written.
    bad = post(client, f"/runs/{RUN}/publish", {"format": "../../x"}, csrf=app.csrf)
    assert bad.status_code == 400 and sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"{RUN}.html", f"{RUN}.json", f"{RUN}.md"]
    # An empty format is no format either (it used to fall back to HTML).
    assert post(client, f"/runs/{RUN}/publish", {"format": ""}, csrf=app.csrf).status_code == 400


def test_the_runs_list_has_the_columns_of_summarizer_runs_with_links(app, store):
    make_run(store, [WRONG_FIGURE, DROPPED_HEDGE], run_id="20260108-090000-123456")
    page = tab(app).get("/", base_url=BASE).get_data(as_text=True)
    headers = [unescape(h) for h in re.findall(r"<th[^>]*>([^<]*)</th>", page)]
    assert headers == list(RUNS_COLUMNS)
    rows = re.findall(r'<tr data-run="([^"]+)">(.*?)</tr>', page)
    assert [r for r, _ in rows] == ["20260108-090000-123456", RUN]  # newest first, as `summarizer runs`
    cells = [unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", rows[1][1])]
    listed = CliRunner().invoke(cli, ["runs"]).output.splitlines()[2].split()
    assert cells[0] == RUN and cells[2:] == ["done", "summary", "2", "1/4", "3", "0/3", "test-model"]
    assert listed == [RUN, "2026-01-07", "12:00:00", *cells[2:]]
    assert f'<a href="/runs/{RUN}">{RUN}</a>' in rows[1][1]


def test_an_unknown_run_is_404_and_a_run_with_missing_sources_says_why(app, store, tmp_path):
    client = tab(app)
    assert client.get("/runs/20990101-000000-abcdef", base_url=BASE).status_code == 404
    moved = tmp_path / "gone.txt"
    moved.write_bytes(SEED_000.read_bytes())
    make_run(store, [DROPPED_HEDGE], run_id="20260109-000000-aaaaaa", paths=(moved,))
    moved.unlink()
    page = client.get("/runs/20260109-000000-aaaaaa", base_url=BASE)
    assert page.status_code == 400 and "cannot read the sources of run 20260109-000000-aaaaaa" in page.get_data(as_text=True)


# -- the command ----------------------------------------------------------------------------------------


def test_web_flags_without_web_and_web_with_other_modes_are_usage_errors(store):
    runner = CliRunner()
    result = runner.invoke(cli, ["review", RUN, "--port", "8000"])
    assert result.exit_code == 2 and "--port goes with --web" in result.output
    result = runner.invoke(cli, ["review", RUN, "--web", "--json"])
    assert result.exit_code == 2 and "--web does not go with --json" in result.output


def test_a_busy_port_is_one_error_line_and_exit_2(store, tmp_path):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["review", RUN, "--web", "--no-open", "--port", str(port), "--out-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"Error: cannot listen on 127.0.0.1:{port}: Address already in use "
                                     "(give another --port, or --port 0 for a free one)")


def test_only_loopback_addresses_count_as_loopback():
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LOCALHOST"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.168.1.5", "10.0.0.1", "example.org", "localhost.evil.example"))


def test_another_host_is_warned_about(store):
    # The run does not exist, so nothing ever listens; the warning comes first.
    result = CliRunner().invoke(cli, ["review", "20990101-000000-abcdef", "--web", "--no-open", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "Warning: --host 0.0.0.0 makes the review reachable from other machines" in result.stderr


def test_ctrl_c_stops_the_server_with_exit_130_and_keeps_every_decision(store, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SUMMARIZER_REVIEWER": "bob"}
    process = subprocess.Popen([sys.executable, "-m", "summarizer.cli", "review", RUN, "--web", "--no-open",
                                "--out-dir", str(tmp_path)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and f"/runs/{RUN}?token=" in url, process.stderr.read()
        base, token = url.split("/runs/")[0], url.split("token=")[1]
        cookie = f"summarizer_review_{base.rsplit(':', 1)[1]}={token}"
        page = urllib.request.urlopen(urllib.request.Request(url.split("?")[0], headers={"Cookie": cookie}), timeout=30).read().decode()
        csrf = re.search(r'name="csrf-token" content="([0-9a-f]+)"', page).group(1)
        body = f"csrf={csrf}&action=accept&note=checked+by+phone".encode()
        answer = urllib.request.urlopen(urllib.request.Request(
            f"{base}/runs/{RUN}/claims/2", data=body, method="POST",
            headers={"Cookie": cookie, "Origin": base, "Accept": "application/json"}), timeout=30)
        assert json.loads(answer.read())["status"] == "accepted"
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Interrupted: everything saved before this point is kept." in err and "Traceback" not in err
    claim = load_review(store, RUN).claim(2)
    assert (claim.status, claim.decision.reviewer, claim.decision.note) == ("accepted", "bob", "checked by phone")
    with socket.create_server(("127.0.0.1", int(base.rsplit(":", 1)[1]))):  # the port was freed
        pass


def test_the_seeds_make_a_run_whose_page_shows_each_rejected_claim_with_its_explanation(app):
    page = tab(app).get(f"/runs/{RUN}", base_url=BASE).get_data(as_text=True)
    item = page.split('id="claim-2"')[1].split("</section>")[0]
    # The export's panel: the unsupported words marked, the reason in plain words, the cited sentence in context.
    assert '<mark class="unsupported">65 percent</mark>' in item
    assert "A number or date in it is not in the cited sentences." in item
    assert "[2.20]" in item and "[2.21]" in item and "[2.22]" in item
    wrong_citation = page.split('id="claim-4"')[1].split("</section>")[0]
    assert "Citing" in wrong_citation and "instead passes the verifier" in wrong_citation
    assert escape(WRONG_CITATION.split(" [")[0]) in wrong_citation  # the apostrophe escaped too
