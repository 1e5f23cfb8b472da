"""A live Streamlit server and Debian's headless Chromium, for the browser test and benchmark."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
# Flags that keep Chromium off the network (this machine has none) and quiet.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Url(str):
    pid: int = 0
    log: str = ""


@contextlib.contextmanager
def streamlit_server(timeout: float = 60.0, env: dict | None = None, script: Path | None = None,
                     args: list[str] | None = None, launcher: Path | None = None):
    """Run ``streamlit run app.py`` (or ``script``) on a free loopback port; yield its URL (a
    str with the server's ``pid``); stop it after. ``env`` adds variables (e.g. HATINH_WORKSPACE
    for a scratch workspace); ``args`` more options for streamlit; ``launcher`` a Python file
    run in place of ``python -m streamlit``, taking the same arguments (the benchmark's timed
    server)."""
    port = free_port()
    cmd = [sys.executable, *([str(launcher)] if launcher else ["-m", "streamlit"]), "run", str(script or ROOT / "app.py"), "--server.headless=true",
           f"--server.port={port}", "--server.address=127.0.0.1", "--browser.gatherUsageStats=false",
           "--server.fileWatcherType=none", *(args or [])]
    # the server's output goes to a file, read when it fails to start: a pipe nobody reads fills
    # up (64 KB) and blocks the server in the middle of a test
    log = tempfile.NamedTemporaryFile(prefix="streamlit-", suffix=".log", delete=False)
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
    log.close()
    url = _Url(f"http://127.0.0.1:{port}")
    url.pid, url.log = proc.pid, log.name
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start:\n{Path(log.name).read_text(errors='replace')}")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        if os.environ.get("KEEP_SERVER_LOG") != "1":
            Path(log.name).unlink(missing_ok=True)


@contextlib.contextmanager
def chromium_page(viewport=(1400, 2200), color_scheme: str = "light", device: str | None = None):
    """A page of headless Chromium at ``viewport``, or as the phone ``device`` (Playwright's
    name: its screen, touch and user agent, by which Streamlit folds the sidebar away and
    closes it after a page is chosen)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            if device:
                like = {k: v for k, v in pw.devices[device].items() if k != "default_browser_type"}
                page = browser.new_context(**like, accept_downloads=True, color_scheme=color_scheme).new_page()
            else:
                page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]},
                                        accept_downloads=True, color_scheme=color_scheme)
            yield page
        finally:
            browser.close()


def wait_ready(page, timeout_ms: int = 60_000) -> None:
    """Wait for script output (not just the page shell), then for the run to finish and for
    lazy elements to paint."""
    page.wait_for_selector('[data-testid="stMain"] [data-testid="stHeading"]', timeout=timeout_ms)
    # the run finished, as the app root says (the status widget shows only for a slow run)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout_ms)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=timeout_ms)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stSkeleton\"]')",
                           timeout=timeout_ms)


def settle(page, timeout_ms: int = 60_000) -> None:
    """After an interaction: let its rerun start (the status widget shows after a delay), then
    wait for it to finish."""
    try:
        page.wait_for_selector('[data-testid="stStatusWidget"]', state="attached", timeout=2_000)
    except Exception:
        pass  # the rerun was quicker than the widget's delay
    wait_ready(page, timeout_ms)


def no_exception(page) -> None:
    shown = page.locator('[data-testid="stException"]')
    assert shown.count() == 0, shown.first.inner_text()


def goto_page(page, title: str) -> None:
    """Click a page in the sidebar navigation, as a planner does, and wait for it (on a phone,
    the folded sidebar opened first)."""
    link = page.locator('[data-testid="stSidebarNav"] a').filter(has_text=title).first
    if not link.is_visible() or link.bounding_box()["x"] < 0:
        page.locator('[data-testid="stExpandSidebarButton"]').click()
        link.wait_for(state="visible")
        page.wait_for_function("() => document.querySelector('[data-testid=\"stSidebar\"]')"
                               ".getBoundingClientRect().left >= 0")   # slid in
    link.click()
    page.wait_for_function("t => document.querySelector('[data-testid=\"stMain\"] h2')?.innerText.startsWith(t)",
                           arg=title, timeout=60_000)
    wait_ready(page)
    no_exception(page)


def shot(page, name: str) -> None:
    """A screenshot into out/screenshots; with UPDATE_DOCS=1 (make screenshots) into docs/."""
    folder = ROOT / ("docs" if os.environ.get("UPDATE_DOCS") == "1" else "out/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"))


def wait_tables(page, timeout_ms: int = 30_000) -> None:
    """Tables are drawn on a canvas after the script finishes: wait until each has painted."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stDataFrame\"]')]"
        ".every(d => d.querySelector('canvas'))", timeout=timeout_ms)
    page.wait_for_timeout(500)


def metric_text(page, i: int = 0) -> str:
    return page.locator('[data-testid="stMetricValue"]').nth(i).inner_text()


def sidebar_input(page, section: str, label: str):
    """The number input ``label`` inside the sidebar expander ``section`` (opened if shut)."""
    exp = page.locator('[data-testid="stSidebar"] [data-testid="stExpander"]').filter(
        has=page.locator("summary", has_text=section)).first
    box = exp.get_by_label(label, exact=True).first
    for _ in range(3):
        if box.is_visible():
            break
        exp.locator("summary").first.click()
        try:
            box.wait_for(state="visible", timeout=5_000)
        except Exception:  # the click landed during a rerun: try again
            pass
    return box


def fill_workspace(folder: Path, n: int) -> None:
    """``n`` scenario files ``plan_000`` … in ``folder``: the baseline, each with a name, a
    Vietnamese title and a services rate of its own (a department's variants over a year; the
    English title stays the baseline's)."""
    text = (ROOT / "scenarios" / "baseline.toml").read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"plan_{i:03d}.toml").write_text(
            text.replace('name = "baseline"', f'name = "plan_{i:03d}"')
                .replace('title_vi = "Kịch bản cơ sở (xu hướng 2022–2025)"',
                         f'title_vi = "Phương án {i} của phòng kế hoạch tổng hợp"')
                .replace("growth = 0.075", f"growth = {0.07 + i * 0.0001:.4f}"), encoding="utf-8")
