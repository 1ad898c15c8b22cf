"""The HTML lint report: one self-contained page, checked as markup and in a real browser."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT
from lint_examples import glossary
from typer.testing import CliRunner

from yongeo.cli import app
from yongeo.lint import LintIndex, LintOptions, Policy, Summary
from yongeo.lint.annotate import HitStatus, annotate_paths
from yongeo.report.html import PAGE_BACKGROUND, PALETTE, TEXT_COLOUR, lint_html

EXAMPLES = ROOT / "examples"
INDEX = LintIndex.build(glossary())
VOID = {"meta", "link", "br", "hr", "img", "input", "wbr", "source", "col", "area", "base"}


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """No user configuration, cache or glossary leaks into a run."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("YONGEO_GLOSSARY", raising=False)


class Page(HTMLParser):
    """The elements of a page (tag, attributes, text), its raw style and script, and a check
    that every element is closed where it was opened."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []
        self.stack: list[tuple[str, dict[str, str], list[str]]] = []
        self.raw: dict[str, list[str]] = {"style": [], "script": []}
        self.feed(text)
        self.close()
        assert not self.stack, f"unclosed: {[t for t, _a, _x in self.stack]}"

    def handle_starttag(self, tag, attrs):
        element = (tag, {k: v or "" for k, v in attrs}, [])
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        # Footnote numbers (<sup>) count as their own text only, not their passage's.
        tags = [t for t, _a, _x in self.stack]
        first = len(tags) - 1 - tags[::-1].index("sup") if "sup" in tags else 0
        for element in self.stack[first:]:
            element[2].append(data)
        if self.stack and self.stack[-1][0] in self.raw:
            self.raw[self.stack[-1][0]].append(data)

    def find(self, tag: str | None = None, **attrs: str) -> list[tuple[str, dict, str]]:
        return [(t, a, "".join(x)) for t, a, x in self.elements
                if (tag is None or t == tag)
                and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def with_class(self, name: str) -> list[tuple[str, dict, str]]:
        return [(t, a, "".join(x)) for t, a, x in self.elements
                if name in a.get("class", "").split()]


def example(*extra: str, fmt: str = "html") -> tuple[int, str]:
    out = Path(f"report.{fmt}")
    result = CliRunner().invoke(app, [
        "lint", str(EXAMPLES / "brief.ko.txt"), "--source", str(EXAMPLES / "brief.en.txt"),
        "--format", fmt, "-o", str(out), *extra], catch_exceptions=False)
    assert result.output == ""
    return result.exit_code, out.read_text(encoding="utf-8")


def render(source: str, draft: str, tmp_path: Path, policy: Policy | None = None) -> str:
    (tmp_path / "en.txt").write_text(source, encoding="utf-8")
    (tmp_path / "ko.txt").write_text(draft, encoding="utf-8")
    options = LintOptions(source=tmp_path / "en.txt", source_lang="en", target_lang="ko",
                          policy=policy or Policy())
    annotated = list(annotate_paths([tmp_path / "ko.txt"], INDEX, options))
    summary = Summary()
    for annotation in annotated:
        summary.add(annotation.report)
    return lint_html(annotated, summary, options.policy)


# --- the page as markup --------------------------------------------------------------------


FONT_URI = re.compile(r'url\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\) format\("woff2"\)')


def test_example_report_parses_and_loads_nothing():
    code, text = example()
    assert code == 1  # the example has errors on purpose, as with --format text
    page = Page(text)
    assert text.startswith("<!DOCTYPE html>")
    assert len(FONT_URI.findall(text)) == 1  # the embedded Korean font, the only url()
    for needle in ("http:", "https:", "//", "url(", "@import"):
        assert needle not in FONT_URI.sub("", text), needle
    assert not page.find("link") and not page.find("img") and not page.find("iframe")
    assert all("src" not in a for _t, a, _x in page.elements)
    hrefs = [a["href"] for _t, a, _x in page.elements if "href" in a]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    ids = [a["id"] for _t, a, _x in page.elements if "id" in a]
    assert all(h[1:] in ids for h in hrefs)
    assert len(ids) == len(set(ids))


def test_style_and_script_are_allowed_by_hash_only():
    page = Page(example()[1])
    [(_t, meta, _x)] = page.find("meta", http_equiv="Content-Security-Policy")
    policy = meta["content"]
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    for kind, source in (("style", "style-src"), ("script", "script-src")):
        [content] = page.raw[kind]
        digest = base64.b64encode(hashlib.sha256(content.encode()).digest()).decode()
        assert f"{source} 'sha256-{digest}'" in policy
    assert not [a for _t, a, _x in page.elements if "style" in a or
                any(k.startswith("on") for k in a)]


def test_counts_equal_the_json_report():
    summary = json.loads(example(fmt="json")[1])["summary"]
    page = Page(example()[1])
    by_rule = {a["data-rule"]: int(a["data-count"]) for _t, a, _x in page.find("tr")
               if "data-rule" in a}
    assert {r: n for r, n in by_rule.items() if n} == summary["by_rule"]
    [(_t, total, _x)] = [e for e in page.find("td") if "data-count" in e[1]
                         and e[1].get("class") == "n" and "data-status" not in e[1]]
    assert int(total["data-count"]) == summary["findings"]
    cards = {a["data-kind"]: int(x.split()[0]) for _t, a, x in page.with_class("card")}
    assert {k: cards[k] for k in ("error", "warning", "info")} == summary["by_severity"]
    notes = page.with_class("note")
    assert len(notes) == summary["findings"]
    [(_t, _a, line)] = page.find(id="summary-line")
    assert line == "8 problems (5 errors, 2 warnings, 1 info) in 1 file"


def test_every_finding_is_a_numbered_note_that_its_marks_point_at():
    findings = json.loads(example(fmt="json")[1])["findings"]
    page = Page(example()[1])
    notes = page.with_class("note")
    assert sorted((a["data-rule"], a["data-severity"]) for _t, a, _x in notes) == sorted(
        (f["rule"], f["severity"]) for f in findings)
    assert [a["id"] for _t, a, _x in notes] == [f"n{i}" for i in range(1, len(notes) + 1)]
    for finding in findings:
        assert any(finding["message"] in text for _t, _a, text in notes)
    note_ids = {a["id"] for _t, a, _x in notes}
    described = [a["aria-describedby"] for _t, a, _x in page.find("mark")
                 if "aria-describedby" in a]
    assert described and all(set(d.split()) <= note_ids for d in described)


def test_highlights_in_both_columns():
    page = Page(example()[1])
    marks = {(x, a["data-status"]) for _t, a, x in page.find("mark")}
    for expected in [("타카이치 사나에", "deprecated"), ("Takahichi", "deprecated"),
                     ("오오사카", "deprecated"), ("후꾸시마", "deprecated"),
                     ("위성낙", "misspelled"), ("유골", "inconsistent"),
                     ("humanitarian approach", "missing"), ("CPTPP", "untranslated"),
                     ("포괄적·점진적 환태평양경제동반자협정", "untranslated"),
                     ("셔틀 외교", "ok"), ("shuttle diplomacy", "ok"), ("다카이치", "ok")]:
        assert expected in marks
    [(_t, missing, _x)] = page.find("mark", data_status="missing")
    assert "humanitarian approach" in missing["title"] and "인도적 접근" in missing["title"]
    assert missing["data-entry"]
    panes = page.find("p", **{"class": "text"})
    assert [a["lang"] for _t, a, _x in panes] == ["en", "ko"] * 4


def test_user_text_is_escaped(tmp_path):
    draft = ('<script>alert("x")</script> 오오사카 <img src=x onerror=alert(1)> & "q" '
             "https://example.org/")
    text = render("Osaka <marquee>bold</marquee>", draft, tmp_path)
    page = Page(text)
    assert len(page.find("script")) == 1 and not page.find("img")
    assert not page.find("marquee")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    [(_t, _a, shown)] = page.find("p", **{"class": "text", "lang": "ko"})
    assert shown == draft
    assert all("example.org" not in v for _t, a, _x in page.elements for v in a.values())


def test_a_hostile_path_and_context_are_escaped(tmp_path):
    po = tmp_path / '"><script>x<'
    po.mkdir()
    path = po / "a.po"
    path.write_text('msgctxt "<i>ctx</i>"\nmsgid "Osaka"\nmsgstr "오오사카"\n', encoding="utf-8")
    annotated = list(annotate_paths([path], INDEX))
    summary = Summary()
    summary.add(annotated[0].report)
    page = Page(lint_html(annotated, summary, Policy()))
    assert len(page.find("script")) == 1 and not page.find("i")
    assert [x for _t, _a, x in page.with_class("badge") if "ctx" in x] == ["<i>ctx</i>"]


def test_output_is_deterministic(tmp_path):
    first = render("Takahichi in Osaka.", "오오사카의 타카이치", tmp_path)
    second = render("Takahichi in Osaka.", "오오사카의 타카이치", tmp_path)
    assert first == second
    assert not re.search(r"20\d\d-\d\d-\d\d", first)


def embedded_font(text: str) -> set[str] | None:
    """The characters of the font the page embeds (None: it embeds none)."""
    from fontTools.ttLib import TTFont

    found = FONT_URI.findall(text)
    if not found:
        return None
    [data] = found
    return {chr(c) for c in TTFont(io.BytesIO(base64.b64decode(data))).getBestCmap()}


@pytest.mark.parametrize("source, draft, carried, left_out", [
    # the page's Hangul: the draft's syllables and the legend's sample (용어)
    ("Takahichi in Osaka.", "오오사카의 타카이치", set("오사카의타이치용어"), set("퀭꽹똠")),
    # a syllable outside KS X 1001 is not shipped: system fonts draw it
    ("Osaka.", "똠방각하 오오사카", set("방각하오사카"), set("똠")),
    # decomposed (NFD) Hangul: conjoining jamo, joined by the font
    ("Osaka.", "오오사카 \u1112\u1161\u11AB", {"\u1112", "\u1161", "\u11AB"}, set()),
])
def test_the_embedded_font_carries_the_pages_korean_only(tmp_path, source, draft, carried,
                                                           left_out):
    text = render(source, draft, tmp_path)
    glyphs = embedded_font(text)
    assert glyphs is not None and carried <= glyphs and not left_out & glyphs
    assert all(c in text for c in glyphs)  # nothing the page does not use
    assert not {c for c in glyphs if c < "\u0100"}  # Latin is the system's


@pytest.mark.parametrize("text, expected", [
    ("가", "U+AC00"),
    ("가각간", "U+AC00-AC01, U+AC04"),
    ("각가 용어 각", "U+AC00-AC01, U+C5B4, U+C6A9"),
    ("똠 Osaka", None),  # nothing the shipped font carries: no face
])
def test_the_font_face_lists_the_characters_it_carries(text, expected):
    from yongeo.report.font import font_face

    face = font_face(text)
    if expected is None:
        assert face == ""
    else:
        assert face.startswith("@font-face {") and f"unicode-range: {expected}; }}" in face


def test_the_font_ships_with_its_licence():
    from importlib import resources

    from fontTools.ttLib import TTFont

    from yongeo.report.font import FONT

    fonts = resources.files("yongeo") / "data" / "fonts"
    licence = (fonts / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Adobe" in licence
    with (fonts / FONT).open("rb") as handle:
        font = TTFont(handle)
    assert "SIL Open Font License" in font["name"].getDebugName(13)
    cmap = font.getBestCmap()
    ks_x_1001 = {bytes((r, c)).decode("euc-kr") for r in range(0xB0, 0xC9)
                 for c in range(0xA1, 0xFF)}
    assert {ord(c) for c in ks_x_1001} <= set(cmap)
    # and the page's font keeps the copyright and licence too
    text = example()[1]
    [data] = FONT_URI.findall(text)
    embedded = TTFont(io.BytesIO(base64.b64decode(data)))
    assert embedded["name"].getDebugName(0) == font["name"].getDebugName(0)
    assert "SIL Open Font License" in embedded["name"].getDebugName(13)


def test_a_disabled_rule_is_shown_off_and_its_term_still_marked(tmp_path):
    text = render("Osaka.", "오오사카.", tmp_path, Policy(disabled=frozenset({"term.deprecated"})))
    page = Page(text)
    [(_t, row, _x)] = page.find("tr", data_rule="term.deprecated")
    assert row["data-count"] == "0"
    [(_t, mark, _x)] = page.find("mark", data_status="deprecated")
    assert "aria-describedby" not in mark and not page.with_class("note")


def test_po_report_shows_entries_and_missing_terms():
    result = CliRunner().invoke(app, ["lint", str(EXAMPLES / "brief.ko.po"), "-f", "html"])
    assert result.exit_code == 1
    page = Page(result.output)
    passages = page.find("article")
    assert len(passages) == 6
    [(_t, _a, note)] = [e for e in page.with_class("pane-note")
                        if e[1].get("data-rule") == "term.missing"]
    assert "인도적 접근" in note
    placeholders = [x for _t, _a, x in page.with_class("ph")]
    assert "%(count)d" in placeholders and "<em>" in placeholders


def test_palette_contrast_meets_wcag_aa():
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast(a: str, b: str) -> float:
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    assert contrast(TEXT_COLOUR, PAGE_BACKGROUND) >= 7
    decorations = set()
    for status, look in PALETTE.items():
        assert contrast(TEXT_COLOUR, look.background) >= 4.5, status
        assert contrast(look.line, look.background) >= 3, status  # non-text contrast
        decorations.add(look.decoration)
    assert len(decorations) == len(PALETTE) == len(HitStatus)  # told apart without colour


def test_html_goes_to_standard_output_without_o():
    result = CliRunner().invoke(app, ["lint", str(EXAMPLES / "brief.ko.txt"), "--source",
                                      str(EXAMPLES / "brief.en.txt"), "--format", "html"])
    assert result.exit_code == 1 and result.output.startswith("<!DOCTYPE html>")
    assert result.output == example()[1]


def test_other_formats_write_to_o_too():
    code, text = example(fmt="json")
    assert code == 1 and json.loads(text)["summary"]["findings"] == 8
    code, text = example(fmt="text")
    assert text.endswith("8 problems (5 errors, 2 warnings, 1 info) in 1 file\n")


# --- in a real browser ----------------------------------------------------------------------

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                  "--hide-scrollbars")


def _browser_paths() -> tuple[str, str]:
    browser = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"),
                                "/usr/bin/chromium") if p and os.path.exists(p)), None)
    driver = next((p for p in (shutil.which("chromedriver"), "/usr/bin/chromedriver")
                   if p and os.path.exists(p)), None)
    if browser is None or driver is None:
        pytest.skip("no Chromium with chromedriver here (Debian: apt-get install chromium "
                    "chromium-driver; .ci/run installs them)")
    return browser, driver


def fontconfig_without_korean(where: Path) -> dict[str, str]:
    """An environment whose fontconfig sees the machine's fonts except those that cover
    Korean: Chromium there draws Hangul as a fresh machine without a Korean font does."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        pytest.skip("no fc-list here (Debian: apt-get install fontconfig)")

    def files(*pattern: str) -> set[str]:
        listed = subprocess.run([fc_list, "-f", "%{file}\\n", *pattern], capture_output=True,
                                text=True, check=True).stdout
        return set(listed.split())

    fonts = where / "fonts"
    fonts.mkdir()
    kept = sorted(files() - files(":lang=ko"))
    if not kept:
        pytest.skip("fontconfig lists no font without Hangul here")
    for number, path in enumerate(kept):
        (fonts / f"{number}-{Path(path).name}").symlink_to(path)
    config = where / "fonts.conf"
    config.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><dir>{escape(str(fonts))}</dir><cachedir>{escape(str(where / "cache"))}</cachedir>
</fontconfig>
""", encoding="utf-8")
    environment = {**os.environ, "FONTCONFIG_FILE": str(config)}
    environment.pop("FONTCONFIG_PATH", None)
    assert not subprocess.run([fc_list, ":lang=ko"], env=environment, capture_output=True,
                              text=True, check=True).stdout.strip()
    return environment


@pytest.fixture
def browser(tmp_path):
    """Headless Chromium that sees no Korean font, as on a fresh machine."""
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = _browser_paths()
    environment = fontconfig_without_korean(tmp_path)
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    options.add_argument("--window-size=1440,1600")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: selenium then downloads nothing.
    driver = webdriver.Chrome(service=Service(executable_path=driver_path, env=environment),
                              options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_example_report_in_chromium(browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    summary = json.loads(example(fmt="json")[1])["summary"]
    page = tmp_path / "report.html"
    page.write_text(example()[1], encoding="utf-8")
    browser.get(page.as_uri())

    # Counts in the DOM, as the JSON report has them.
    rows = browser.find_elements(By.CSS_SELECTOR, "#by-rule tbody tr")
    shown = {r.get_attribute("data-rule"): int(r.find_element(By.CSS_SELECTOR, "td.n").text)
             for r in rows}
    assert {k: v for k, v in shown.items() if v} == summary["by_rule"]
    notes = browser.find_elements(By.CSS_SELECTOR, "li.note")
    assert len(notes) == summary["findings"]
    assert browser.find_element(By.ID, "summary-line").text.startswith("8 problems")

    # Highlights: each status drawn with its own tint and line style.
    def mark(text: str):
        found = [m for m in browser.find_elements(By.CSS_SELECTOR, "mark.m")
                 if m.text == text]
        assert found, text
        return found[0]

    for text, status in [("타카이치 사나에", "deprecated"), ("위성낙", "misspelled"),
                         ("유골", "inconsistent"), ("humanitarian approach", "missing"),
                         ("CPTPP", "untranslated"), ("셔틀 외교", "ok")]:
        element = mark(text)
        assert element.get_attribute("data-status") == status
        look = PALETTE[HitStatus(status)]
        assert element.value_of_css_property("background-color") == _rgba(look.background)
        line, style = look.decoration.split()
        assert element.value_of_css_property("text-decoration-line") == line
        assert element.value_of_css_property("text-decoration-style") == style
    assert "다카이치 사나에" in mark("타카이치 사나에").get_attribute("title")
    counts = browser.execute_script(
        "var c = {}; document.querySelectorAll('mark.m').forEach(function (m) {"
        " c[m.dataset.status] = (c[m.dataset.status] || 0) + 1; }); return c;")
    assert counts["deprecated"] == 4 and counts["misspelled"] == 1 and counts["missing"] == 1
    assert counts["ok"] > 40

    # The script runs (its hash is allowed): hovering a source term lights its rendering.
    ActionChains(browser).move_to_element(mark("Takahichi")).perform()
    linked = browser.find_elements(By.CSS_SELECTOR, "mark.linked")
    assert {m.text for m in linked} >= {"Takahichi", "Takaichi Sanae", "타카이치 사나에",
                                        "다카이치"}

    # The view controls work without a script.
    quiet = browser.find_element(By.ID, "p-1-4")
    assert quiet.is_displayed()
    browser.find_element(By.ID, "only-findings").click()
    assert not quiet.is_displayed() and browser.find_element(By.ID, "p-1-1").is_displayed()

    # Nothing was fetched and nothing was refused.
    assert browser.execute_script(
        "return performance.getEntriesByType('resource').length") == 0
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors

    browser.find_element(By.ID, "only-findings").click()
    browser.execute_script("window.scrollTo(0, 0)")
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _rgba(colour: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, 1)"


# Draws the Hangul syllables of a Korean element of the page in the font it computes, and a
# character no font has (a noncharacter, drawn as the missing-glyph box), and compares the
# pixels: without a Korean font, every syllable is that same box. It waits for the page's
# fonts first. The page as laid out must agree: the first syllable of each text in the
# element is as wide as in its font (a box laid out before the font loaded, and not laid out
# again, has another width).
GLYPHS_SCRIPT = """
const selector = arguments[0], done = arguments[arguments.length - 1];
document.fonts.ready.then(function () {
  const element = document.querySelector(selector);
  const style = getComputedStyle(element);
  const font = style.fontSize + ' ' + style.fontFamily;
  function context(of) {
    const canvas = document.createElement('canvas');
    canvas.width = 64; canvas.height = 64;
    const drawing = canvas.getContext('2d');
    const own = of ? getComputedStyle(of) : style;
    drawing.font = own.fontStyle + ' ' + own.fontWeight + ' ' + own.fontSize + ' '
      + own.fontFamily;
    drawing.fillStyle = '#000';
    return drawing;
  }
  function pixels(text) {
    const drawing = context();
    drawing.fillText(text, 4, 48);
    return Array.from(drawing.getImageData(0, 0, 64, 64).data).join(',');
  }
  const box = pixels('\\uFFFF');
  const syllables = Array.from(new Set(element.textContent.match(/[\\uAC00-\\uD7A3]/g)));
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const laidOut = [];
  let node;
  while ((node = walker.nextNode())) {
    const at = node.data.search(/[\\uAC00-\\uD7A3]/);
    if (at < 0) { continue; }
    const range = document.createRange();
    range.setStart(node, at); range.setEnd(node, at + 1);
    const width = range.getBoundingClientRect().width;
    if (width === 0) { continue; }  // not shown (the title)
    const font = context(node.parentElement).measureText(node.data[at]).width;
    laidOut.push({syllable: node.data[at], width: width, font: font,
                  in: node.parentElement.className || node.parentElement.tagName});
  }
  const faces = [];
  document.fonts.forEach(function (face) { faces.push(face.family + ' ' + face.status); });
  done({font: font, element: element.textContent.slice(0, 40), faces: faces,
        syllables: syllables.slice(0, 6), laidOut: laidOut,
        drawn: syllables.slice(0, 6).map(pixels).map(p => p === box ? 'box' : p)});
});
"""


@pytest.mark.parametrize("selector", ["[lang=ko]", "h1", ".pane-cap"])  # mono: the last
def test_korean_renders_as_glyphs_not_boxes(browser, tmp_path, monkeypatch, selector):
    """Each Hangul syllable of the page is drawn as its own glyph, never as the missing-glyph
    box, in a browser that sees no Korean font on the machine: the page's own font draws them.
    The same page without its font shows boxes there, so the check can fail."""
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")  # the page's own words in Korean too (the h1)
    text = example()[1]
    page = tmp_path / "report.html"
    page.write_text(text, encoding="utf-8")
    browser.get(page.as_uri())
    drawn = browser.execute_async_script(GLYPHS_SCRIPT, selector)
    assert drawn["syllables"] and drawn["laidOut"], drawn
    assert "yongeo Korean loaded" in drawn["faces"], drawn["faces"]
    assert "box" not in drawn["drawn"], (
        f"Korean drawn as missing-glyph boxes in {drawn['font']} ({drawn['element']!r})")
    assert len(set(drawn["drawn"])) == len(drawn["syllables"]), drawn["font"]
    assert [s for s in drawn["laidOut"] if abs(s["width"] - s["font"]) >= 1] == []

    # The control: the page without its font (and so without the policy that allows its
    # style by hash) in the same browser.
    bare = tmp_path / "bare.html"
    bare.write_text(re.sub(r'@font-face \{[^}]*\}\n|<meta http-equiv="Content-Security-'
                           r'Policy"[^>]*>', "", text), encoding="utf-8")
    browser.get(bare.as_uri())
    control = browser.execute_async_script(GLYPHS_SCRIPT, selector)
    assert control["syllables"] == drawn["syllables"]
    assert set(control["drawn"]) == {"box"}, "this browser sees a Korean font of the machine"
