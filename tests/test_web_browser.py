"""`summarizer review --web` in a real browser: Playwright drives Debian's chromium against the server on a
free loopback port; a claim is accepted with a note (by keys), another edited until it passes, a third
kept (by k) and skipped (by its button), the page reloaded, the review published, and the export read back.

`playwright install` (a browser download) is neither needed nor possible here: the system chromium is
launched through ``executable_path``. `.ci/run` installs chromium when it is missing and apt-get can; without
it, or without the playwright package, this test skips and says why.
"""

from __future__ import annotations

import shutil
import threading

import pytest
from test_review import RUN, make_run
from test_web import FIXED

from summarizer.render import ACCEPTED_LABEL
from summarizer.review import load_review
from summarizer.store import RunStore
from summarizer.web import ReviewServer

playwright = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[test]')")
BROWSER = next((path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no chromium on PATH (.ci/run installs Debian's chromium when apt-get is available)")
WAIT_MS = 20_000  # an upper bound for a step, never a measure of speed


@pytest.fixture
def server(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    store = RunStore.in_home(tmp_path / "home")
    make_run(store)
    (tmp_path / "out").mkdir()
    running = ReviewServer.start(store, run_id=RUN, port=0, out_dir=tmp_path / "out", reviewer="alice")
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.close()
    thread.join(timeout=30)


@pytest.fixture
def page(tmp_path):
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=BROWSER, args=["--no-sandbox", "--disable-gpu"])
        try:
            tab = browser.new_page()
            tab.set_default_timeout(WAIT_MS)
            yield tab
        finally:
            browser.close()


def test_accept_edit_reload_and_publish_in_chromium(server, page, tmp_path):
    problems: list[str] = []  # a CSP that blocked the page's own script or style would show up here
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(server.url)
    assert page.url == f"{server.base_url}/runs/{RUN}"  # the token went into a cookie
    # The first undecided claim, 2 (65 percent against the source's 60), is selected: accept it by keys.
    page.wait_for_selector("#claim-2.current")
    page.keyboard.press("a")
    page.keyboard.type("Gallup's later poll says 65 percent")
    page.keyboard.press("Enter")
    page.wait_for_selector('#claim-2[data-status="accepted"]')
    assert "Saved: claim 2 accepted" in page.inner_text("#flash")
    # The selection moved on to claim 3; j goes to claim 4 (the wrong citation): edit it to cite 2.21.
    page.wait_for_selector("#claim-3.current")
    page.keyboard.press("j")
    page.wait_for_selector("#claim-4.current")
    page.keyboard.press("e")
    page.keyboard.press("Control+A")
    page.keyboard.type(FIXED)
    page.keyboard.press("Enter")
    page.wait_for_selector('#claim-4[data-status="verified"]')
    assert "the verifier passed the new text" in page.inner_text("#flash")
    # Up (not k, which keeps) goes back to claim 3; k keeps it; then its Skip button, which changes nothing.
    page.wait_for_selector("#claim-4.current")
    page.keyboard.press("ArrowUp")
    page.wait_for_selector("#claim-3.current")
    page.keyboard.press("k")
    page.wait_for_selector('#claim-3[data-decided="true"]')
    page.click("#claim-3 button[value=skip]")
    page.locator("#flash", has_text="Saved: claim 3 skipped").wait_for()  # not wait_for_function: the CSP forbids its eval

    page.reload()
    assert page.get_attribute("#claim-2", "data-status") == "accepted"
    assert "Decision: accepted with a note by alice" in page.inner_text("#claim-2")
    assert "Gallup's later poll says 65 percent" in page.inner_text("#claim-2")
    assert page.get_attribute("#claim-4", "data-status") == "verified"
    assert "Decision: edited; the verifier passed the new text by alice" in page.inner_text("#claim-4")
    assert page.get_attribute("#claim-3", "data-status") == "rejected"
    assert "Decision: kept rejected by alice" in page.inner_text("#claim-3")  # the skip after it changed nothing
    assert "0 left to decide" in page.inner_text("#progress")

    page.select_option("form.publish select", "html")
    page.click("form.publish button")
    page.locator("#flash", has_text="Wrote").wait_for()
    exported = tmp_path / "out" / f"{RUN}.html"
    assert page.inner_text("#flash") == f"Wrote {exported}: 3 claims published (1 accepted by a reviewer)."
    assert problems == []

    # The published file, opened in the browser: claim 2 is marked as accepted by a reviewer, claim 4 verified.
    page.goto(exported.as_uri())
    accepted = page.locator('#summary .claim[data-claim="2"]')
    assert accepted.get_attribute("data-status") == "accepted" and accepted.get_attribute("data-reviewer") == "alice"
    assert ACCEPTED_LABEL in accepted.inner_text()
    assert page.get_attribute('#summary .claim[data-claim="4"]', "data-status") == "verified"

    review = load_review(server.app.store, RUN)
    assert [(d.claim_id, d.action, d.reviewer) for d in review.decisions] == [
        (2, "accept", "alice"), (4, "edit", "alice"), (3, "keep", "alice"), (3, "skip", "alice")]
