"""The HTML export in a real browser: Debian's chromium, headless, loads the file and a citation is clicked.

`.ci/run` installs chromium when it is missing and apt-get can; without a browser this test skips and says why.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html import unescape

import pytest
from click.testing import CliRunner
from helpers import SEED_000, SEED_001
from test_review import RUN, make_run

from summarizer.cli import cli
from summarizer.review import ReviewSession
from summarizer.sources import load_sources
from summarizer.store import RunStore

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# Run after the page's own script: click the first citation the way a reader would, then copy what the
# page shows (and the sentence it should show) into attributes that --dump-dom writes out.
CLICK_FIRST_CITATION = """<script>
(function () {
  var link = document.querySelector('a.cite');
  link.click();
  var view = document.getElementById('cite-view');
  document.body.setAttribute('data-test-hidden', String(view.hidden));
  document.body.setAttribute('data-test-shown', view.querySelector('.cite-text').textContent);
  document.body.setAttribute('data-test-cited', link.getAttribute('data-sentences'));
})();
</script>
</body>"""


def _browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


@pytest.mark.skipif(_browser() is None, reason="no chromium on PATH (.ci/run installs Debian's chromium when apt-get is available)")
def test_clicking_a_citation_shows_the_cited_sentence(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "home"))
    store = RunStore.in_home(tmp_path / "home")
    make_run(store)
    ReviewSession.open(store, RUN, reviewer="alice", need_sources=False).decide(2, "accept", note="Gallup's later poll")
    page = CliRunner().invoke(cli, ["export", RUN, "--format", "html"]).output
    target = tmp_path / "summary.html"
    target.write_text(page.replace("</body>", CLICK_FIRST_CITATION, 1), encoding="utf-8")

    # The sandbox cannot run as root (CI); the rest keeps chromium off the network and quiet.
    command = [_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-extensions",
               f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", target.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    body = re.search(r"<body([^>]*)>", dom).group(1)
    attrs = {k: unescape(v) for k, v in re.findall(r'(data-test-[a-z]+)="([^"]*)"', body)}
    # The first citation of the summary is the [1.4] of claim 1, so the panel shows sentence 1.4 of seed 000.
    expected = next(s.display_text for s in load_sources([str(SEED_000), str(SEED_001)])[0].sentences if s.id == "1.4")
    assert attrs == {"data-test-hidden": "false", "data-test-shown": expected, "data-test-cited": "1.4"}
    # The page the browser built: the summary, the accepted claim marked, and the review panel.
    assert 'data-status="accepted"' in dom and "†" in dom
    assert dom.count('class="rejected-claim"') == 3
