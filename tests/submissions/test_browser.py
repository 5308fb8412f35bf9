"""The form in headless Chromium: keyboard alone, without JavaScript.

The server thread needs committed data, and a flushing transactional test would
empty the database that ``--reuse-db`` keeps. So the data is written and read in
a helper thread, on its own autocommitting connection, and exactly what the test
made is deleted afterwards.
"""

import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread
from wagtail.models import Page, Site

from civic.submissions.models import OutgoingMail, Submission
from tests.utils import make_district, make_site_tree

playwright = pytest.importorskip("playwright.sync_api")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("chromium"), reason="needs /usr/bin/chromium"),
]

ANSWERS = {
    "title": "Bloembakken aan school",
    "summary": "Kleur in de straat.",
    "description": "We planten samen.",
    "location_name": "Schoolstraat",
    "public_author": "Lies",
    "email": "lies@example.org",
}


def in_thread(function):
    """Returns ``function()`` run on another thread's database connection."""

    def run():
        try:
            return function()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(1) as executor:
        return executor.submit(run).result()


def build_tree():
    site = Site.objects.get(is_default_site=True)
    saved = {
        "hostname": site.hostname,
        "port": site.port,
        "root_page_id": site.root_page_id,
    }
    tree = make_site_tree()
    make_district(tree["districts"], "Heule")
    return site.pk, saved, tree["home"].pk


def remove_tree(site_pk, saved, home_pk):
    OutgoingMail.objects.all().delete()
    Submission.objects.all().delete()
    Site.objects.filter(pk=site_pk).update(**saved)
    Page.objects.get(pk=home_pk).delete()


@pytest.fixture
def committed_tree(db):
    """A site tree committed to the test database, removed afterwards."""
    made = in_thread(build_tree)
    yield
    in_thread(lambda: remove_tree(*made))


@pytest.fixture
def server(committed_tree, settings):
    settings.CIVIC_SUBMISSION_MIN_FILL_SECONDS = 0
    settings.ALLOWED_HOSTS = ["localhost"]
    thread = LiveServerThread("localhost", StaticFilesHandler)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://localhost:{thread.port}"
    thread.terminate()


@pytest.fixture
def page_without_javascript(server):
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=shutil.which("chromium"))
        page = browser.new_context(java_script_enabled=False).new_page()
        yield page
        browser.close()


def focused(page):
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return {name: e.name || '', type: e.type || e.tagName.toLowerCase(),"
        " outline: getComputedStyle(e).outlineStyle}; }"
    )


def answer(page, element):
    """Types the answer for the focused element, with the keyboard only."""
    name = element["name"]
    if name in ANSWERS:
        page.keyboard.type(ANSWERS[name])
    elif name == "age_group":
        page.keyboard.press("ArrowDown")  # from "under 16" to "16 or over"
    elif name == "consent":
        page.keyboard.press("Space")


def test_a_resident_submits_with_the_keyboard_alone_and_no_javascript(
    server, page_without_javascript
):
    page = page_without_javascript
    page.goto(f"{server}/nl/submit/")
    seen = []

    for _step in range(80):
        page.keyboard.press("Tab")
        element = focused(page)
        seen.append(element)
        if element["type"] == "submit":
            break
        answer(page, element)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url.endswith("/nl/submit/sent/"), page.inner_text("main")[:600]
    assert all(element["outline"] != "none" for element in seen)  # visible focus
    assert "website" not in {element["name"] for element in seen}  # honeypot
    submission = in_thread(Submission.objects.get)
    assert submission.content["title"] == ANSWERS["title"]
    assert submission.age_group == Submission.AGE_16_PLUS
