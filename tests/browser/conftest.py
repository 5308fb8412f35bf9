"""A real dev server with realistic content, and headless Chromium driving it.

The server runs ``manage.py runserver`` on a fresh SQLite database in a
temporary folder (never the test database), so it is the same on a SQLite and
a PostgreSQL run. The browser is Debian's Chromium (``scripts/browser-deps.sh``
installs it); requests to anything but the server are refused, as on a machine
without internet: map tiles do not load, and the pages must not need them.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, **kwargs):
    command = [sys.executable, str(ROOT / "manage.py"), *args]
    return subprocess.run(command, env=env, cwd=ROOT, check=True, **kwargs)


def wait_for(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the dev server stopped; see {ARTIFACTS}/server.log")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the dev server did not answer within {timeout} s")


@pytest.fixture(scope="session")
def server_url(tmp_path_factory):
    """Returns the base URL of a dev server serving the browser test content."""
    folder = tmp_path_factory.mktemp("browser-site")
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kortrijk.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    manage(env, "migrate", "--no-input", "-v0")
    build = f"from tests.browser.content import build; build('127.0.0.1', {port})"
    manage(env, "shell", "-c", build)
    # The content is created without publish signals: index it for the search page.
    manage(env, "rebuild_search_index", stdout=subprocess.DEVNULL)
    with open(ARTIFACTS / "server.log", "w") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
            ],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/nl/", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    """Returns a headless Chromium (Debian's) driven by Playwright."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/browser-deps.sh")
    with sync_playwright() as playwright:
        # Playwright gives every launch a fresh, temporary --user-data-dir.
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_FLAGS
        )
        yield chromium
        chromium.close()


def only_local(server_url):
    """Returns a route handler that refuses every request off the server."""

    def handle(route):
        if route.request.url.startswith(server_url):
            route.continue_()
        else:
            route.abort("internetdisconnected")

    return handle


@pytest.fixture
def open_page(browser, server_url):
    """Returns a function that opens a path at a width and returns the page."""
    contexts = []

    def open_path(path, width=1280, javascript=True):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=javascript
        )
        context.route("**/*", only_local(server_url))
        contexts.append(context)
        page = context.new_page()
        response = page.goto(server_url + path)
        assert response.status == 200, f"{path} answered {response.status}"
        return page

    yield open_path
    for context in contexts:
        context.close()
