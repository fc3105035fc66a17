"""The HTML report in a real browser: headless Chromium driven by Playwright, scanned by axe-core.

A reader tabs through the page, opens a figure's details with the keyboard, follows a finding's
link to its figure and back; the page logs no console error; axe-core (WCAG 2.0-2.2 A/AA rules and
best practices) finds no serious or critical violation, with every figure closed and with every
figure open.

Needs a Chromium (Debian's ``chromium`` package, or ``FACTLINT_CHROMIUM=/path``) and the test
extras (``playwright``, ``axe-playwright-python``, which bundles axe.min.js). Without them the tests
are skipped and say why, unless ``FACTLINT_REQUIRE_BROWSER=1`` (which ``.ci/run`` sets): then a
missing browser fails, so CI cannot pass without running them. Playwright's own browser download
is never used.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from checks.cli import main
from tests.rule_harness import real_corpus
from tests.test_html import JOURNALIST_CASE, cited_articles

BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
TAB_LIMIT = 80


def find_chromium() -> str | None:
    named = os.environ.get("FACTLINT_CHROMIUM")
    if named:
        return named if Path(named).is_file() else None
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def unavailable(reason: str) -> None:
    if os.environ.get("FACTLINT_REQUIRE_BROWSER"):
        pytest.fail(f"FACTLINT_REQUIRE_BROWSER is set but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed (pip install -e '.[test]')")
    executable = find_chromium()
    if executable is None:
        unavailable("no Chromium: apt-get install chromium, or set FACTLINT_CHROMIUM=/path/to/chrome")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=BROWSER_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = real_corpus(tmp_path_factory.mktemp("browser"), JOURNALIST_CASE)
    with contextlib.chdir(root):
        assert main(["validate", "--format", "text", "--output", "report.txt", "--html", "report.html"]) == 1
    return (root / "report.html").as_uri()


@pytest.fixture
def page(browser: Any, report_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("requestfailed", lambda request: errors.append(f"request failed: {request.url}"))
    opened.goto(report_url)
    yield opened
    context.close()
    assert errors == [], errors  # no console error, no failed request, in any test


def focused(page: Any) -> dict[str, Any]:
    return dict(
        page.evaluate(
            """() => { const e = document.activeElement;
            return {tag: e.tagName, id: e.id || (e.parentElement && e.parentElement.id) || "",
                    text: (e.textContent || "").trim().slice(0, 40), href: e.getAttribute("href") || "",
                    inArticle: !!e.closest(".body"), outline: getComputedStyle(e).outlineStyle}; }"""
        )
    )


def in_viewport(page: Any, selector: str) -> bool:
    return bool(
        page.evaluate(
            """(s) => { const r = document.querySelector(s).getBoundingClientRect();
            return r.bottom > 0 && r.top < window.innerHeight; }""",
            selector,
        )
    )


def test_tabbing_reaches_a_figure_whose_details_open_with_the_keyboard(page: Any) -> None:
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["text"] == "Skip to the report" and first["href"] == "#main"
    assert page.locator("a.skip").bounding_box()["x"] >= 0  # shown when focused
    seen = [first]
    while not seen[-1]["inArticle"] and len(seen) < TAB_LIMIT:
        page.keyboard.press("Tab")
        seen.append(focused(page))
    assert seen[-1]["inArticle"], f"{TAB_LIMIT} Tab presses never reached a figure: {seen}"
    stops = [(stop["tag"], stop["id"], stop["href"], stop["text"]) for stop in seen]
    assert len(set(stops)) == len(stops)  # every press moved on
    assert {"A"} <= {stop["tag"] for stop in seen}  # contents and findings links on the way
    figure = seen[-1]
    assert figure["tag"] == "SUMMARY" and figure["outline"] != "none"  # focus is visible
    details = page.locator(f"details#{figure['id']}")
    panel = details.locator(".panel")
    assert not panel.is_visible()
    page.keyboard.press("Enter")
    assert details.evaluate("d => d.open") and panel.is_visible()
    # The panel says what the figure is: a fact's, uncurated, or ignored with its reason.
    assert any(words in panel.inner_text() for words in ("Fact ", "no fact cites it", "ignored: "))
    page.keyboard.press("Space")
    assert not details.evaluate("d => d.open") and not panel.is_visible()


def test_a_finding_links_to_its_figure_and_the_figure_back(page: Any) -> None:
    row = page.locator("tr", has=page.locator("td", has_text="P106"))
    link = row.get_by_role("link", name="the figure in the article")
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target
    details = page.locator(f"details{target}")
    assert details.evaluate("d => d.open")
    assert in_viewport(page, target)
    assert focused(page)["tag"] == "SUMMARY" and focused(page)["id"] == target[1:]
    panel = details.locator(".panel")
    assert "次均费用较普通住院降低7400余元" in details.locator("summary").inner_text()
    assert "zhengzhou-2026/family-bed-cost-saving" in panel.inner_text()
    back = panel.get_by_role("link", name="error P106")
    row_id = back.get_attribute("href")
    assert row_id == f"#{row.get_attribute('id')}"
    back.click()
    assert page.evaluate("location.hash") == row_id
    assert in_viewport(page, row_id) and focused(page)["tag"] == "TR"


def test_the_contents_lead_to_each_article(page: Any) -> None:
    entries = page.locator("nav a[href^='#article-']")
    assert entries.count() == len(cited_articles())
    for index in range(entries.count()):
        href = entries.nth(index).get_attribute("href")
        entries.nth(index).click()
        assert in_viewport(page, href)


def run_axe(page: Any) -> list[dict[str, Any]]:
    script = (resources.files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")
    page.add_script_tag(content=script)
    results = page.evaluate(
        "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    assert isinstance(results["violations"], list)  # axe ran and answered
    return list(results["violations"])


@pytest.mark.parametrize("figures", ["closed", "open"])
def test_accessibility_scan_finds_no_serious_violation(page: Any, figures: str) -> None:
    if figures == "open":
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    violations = run_axe(page)
    serious = [
        (v["id"], v["impact"], v["help"], [n["target"] for n in v["nodes"][:3]])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], serious


# A figure far too long for any line (a mistyped value of 1e300 prints 301 digits in its finding).
LONG_FIGURE_CASE = {
    "edits": [{"file": "data/zhengzhou-2026.yaml", "old": "    value: 7400\n", "new": "    value: 1.0e+300\n"}]
}


@pytest.fixture(scope="module")
def long_figure_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = real_corpus(tmp_path_factory.mktemp("long"), LONG_FIGURE_CASE)
    with contextlib.chdir(root):
        assert main(["validate", "--format", "text", "--output", "report.txt", "--html", "report.html"]) == 1
    assert "0" * 300 in (root / "report.html").read_text(encoding="utf-8")
    return (root / "report.html").as_uri()


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("figures", ["closed", "open"])
def test_a_long_figure_wraps_instead_of_widening_the_page(
    browser: Any, long_figure_url: str, width: int, figures: str
) -> None:
    """WCAG 1.4.10 (reflow): at 320 CSS pixels the report scrolls in one direction only."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    opened = context.new_page()
    opened.goto(long_figure_url)
    if figures == "open":
        opened.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert opened.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


def test_codes_and_headers_do_not_break_inside_a_word_at_1200_pixels(browser: Any, report_url: str) -> None:
    """The Rule column showed "P10 / 6" and the header "Stat/us" at 1200 CSS pixels."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    opened.goto(report_url)
    broken = opened.evaluate(
        """() => {
        const broken = [];
        for (const cell of document.querySelectorAll('th, td.rule')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const word of node.data.matchAll(/\\S+/g)) {
              const range = document.createRange();
              range.setStart(node, word.index);
              range.setEnd(node, word.index + word[0].length);
              const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
              if (tops.size > 1) broken.push(word[0]);
            }
          }
        }
        return broken;
    }"""
    )
    assert opened.evaluate("document.querySelectorAll('td.rule').length") > 0
    context.close()
    assert broken == [], broken
