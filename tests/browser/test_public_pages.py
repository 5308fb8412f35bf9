"""Every public page in a real browser: no WCAG 2.1 A/AA violations (axe-core)
in Dutch, French and English, usable with the keyboard alone, and a screenshot
at phone and desktop width.
"""

import pytest

from tests.browser.conftest import ARTIFACTS, ROOT
from tests.browser.paths import KEYBOARD_FORMS, LANGUAGES, PUBLIC_PATHS

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"phone": 375, "desktop": 1280}
RUN_AXE = """
async (tags) => {
  const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return results.violations.map((v) => ({
    rule: v.id, help: v.help, where: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));
}
"""
FOCUS_SHOWN = """
() => {
  const style = getComputedStyle(document.activeElement);
  return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
}
"""


def axe_violations(page):
    """Returns axe-core's WCAG 2.1 A and AA violations on ``page``."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run scripts/browser-deps.sh")
    page.add_script_tag(path=str(AXE))
    return page.evaluate(RUN_AXE, WCAG_TAGS)


def screenshot(page, name):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "path"), PUBLIC_PATHS)
def test_page_has_no_wcag_violations(open_page, name, path, language, width):
    page = open_page(path.format(language=language), width=WIDTHS[width])

    violations = axe_violations(page)

    screenshot(page, f"{name}-{language}-{width}")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert violations == []


def tab_to(page, wanted, limit=80):
    """Presses Tab until the focused element matches ``wanted`` (a function
    of the element's description); returns the descriptions passed on the way.
    """
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const e = document.activeElement;"
            " return {id: e.id, tag: e.tagName, type: e.type || ''}; }"
        )
        assert page.evaluate(FOCUS_SHOWN), f"no visible focus on {focused}"
        seen.append(focused)
        if wanted(focused):
            return seen
    raise AssertionError(f"never reached the element after {limit} tabs: {seen}")


def answer(page, field_id, value):
    """Fills the focused field with the keyboard alone: ticks a checkbox for
    True, else types (which also picks a select's option by its label).
    """
    if value is True:
        page.keyboard.press("Space")
    else:
        page.keyboard.type(value)
    assert page.evaluate("() => document.activeElement.id") == field_id


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form", KEYBOARD_FORMS, ids=lambda form: form["name"])
def test_form_can_be_completed_with_the_keyboard_alone(open_page, form, language):
    page = open_page(form["path"].format(language=language))

    for field_id, value in form["answers"].items():
        tab_to(page, lambda focused, field_id=field_id: focused["id"] == field_id)
        answer(page, field_id, value)
    tab_to(page, lambda focused: focused["type"] == "submit")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.locator(form["done"]).count() == 1
    screenshot(page, f"{form['name']}-done-{language}")


def test_skip_link_is_first_and_moves_focus_to_the_content(open_page):
    page = open_page("/nl/initiatieven/")

    page.keyboard.press("Tab")
    first = page.evaluate("() => document.activeElement.className")
    page.keyboard.press("Enter")

    assert first == "skip-link"
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_language_switcher_leads_to_the_same_page_translated(open_page):
    page = open_page("/nl/initiatieven/geveltuinen/")

    page.locator(".language-switcher a[lang=fr]").click()

    assert page.url.endswith("/fr/initiatieven/geveltuinen/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == "Geveltuinen (fr)"


def test_language_switcher_says_when_a_page_is_not_translated(open_page):
    page = open_page("/nl/initiatieven/repair-cafe/")
    english = page.locator(".language-switcher a[lang=en]")

    note = english.inner_text()
    english.click()

    assert "not translated" in note
    assert page.url.endswith("/en/")


def test_map_draws_without_tiles_and_matches_the_list(open_page):
    page = open_page("/nl/wijken/heule/")

    page.wait_for_selector("#main .leaflet-container")

    markers = page.locator(".leaflet-marker-icon").count()
    assert markers == page.locator(".map-list li").count() == 3
    assert page.locator(".leaflet-overlay-pane path").count() == 1


def test_without_javascript_the_list_stands_in_for_the_map(open_page):
    page = open_page("/nl/wijken/heule/", javascript=False)

    assert not page.locator(".map").is_visible()
    assert page.locator(".map-list li").count() == 3


def test_event_page_prints_without_navigation_or_buttons(open_page):
    page = open_page("/en/activiteiten/plantdag/")

    page.emulate_media(media="print")

    assert page.locator("h1").is_visible()
    assert page.locator(".facts").is_visible()
    for hidden in (".language-switcher", ".actions", ".site-footer nav"):
        assert not page.locator(hidden).is_visible(), hidden
    page.pdf(path=str(ARTIFACTS / "event-print.pdf"))
