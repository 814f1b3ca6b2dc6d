#!/usr/bin/env python3
"""Take the README's screenshot of `summarizer review --web`: the review page of the demo run.

    .venv/bin/python scripts/screenshot_review_web.py [docs/review-web.png]

Makes the demo run (`summarizer summarize` on seeds 000 and 001, replaying the bundled hand-written
responses: no key, no network) in a temporary SUMMARIZER_HOME, so nothing of yours is touched; serves it on
a free loopback port as `review --web` does; and has Debian's chromium (through Playwright, the test extra)
photograph the page. Needs `chromium` on PATH; with Debian's `pngquant` too, the PNG is made about a
third as big (256 colours are plenty for a page of text).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ["seeds/000_68f33e168a8a8bf5.txt", "seeds/001_abb0a76ac8f2e367.txt"]


def main(target: Path) -> None:
    from playwright.sync_api import sync_playwright

    from summarizer.store import RunStore
    from summarizer.web import ReviewServer

    browser_path = shutil.which("chromium") or sys.exit("no chromium on PATH (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="summarizer-demo-") as home:
        env = {**os.environ, "SUMMARIZER_HOME": home}
        env.pop("OPENAI_API_KEY", None)
        env.pop("OPENAI_BASE_URL", None)
        subprocess.run([sys.executable, "-m", "summarizer.cli", "summarize", *SEEDS], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.chdir(ROOT)  # the run recorded the seeds' paths relative to the checkout
        server = ReviewServer.start(RunStore.in_home(home), run_id=None, port=0, out_dir=home, reviewer="alice")
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=browser_path, args=["--no-sandbox", "--disable-gpu"])
                page = browser.new_page(viewport={"width": 900, "height": 1000})
                page.goto(server.url)
                box = page.wait_for_selector(".review-item.current").bounding_box()
                # From the top of the page to the end of the first claim's buttons; not the sentence list below.
                page.screenshot(path=str(target), full_page=True,
                                clip={"x": 0, "y": 0, "width": 900, "height": box["y"] + box["height"] + 16})
                browser.close()
        finally:
            server.shutdown()
            server.close()
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--output", str(target), "256", "--", str(target)], check=False)
    print(f"Wrote {target} ({target.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "review-web.png")
