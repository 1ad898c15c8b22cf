"""Render the example HTML lint report and save its screenshot as docs/report.png.

Run from the checkout, with Chromium, chromedriver and selenium installed (as .ci/run
installs them; the page brings its own Korean font):

    python3 docs/make_screenshot.py            # writes docs/report.png
    python3 docs/make_screenshot.py out.png --width 1440 --height 1950 --scale 2
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# No network, no first-run work, no background services: the page is all there is.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                  "--hide-scrollbars")


def find_browser() -> tuple[str, str] | None:
    """(chromium, chromedriver) paths, or None when either is missing."""
    browser = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"),
                                "/usr/bin/chromium") if p and os.path.exists(p)), None)
    driver = next((p for p in (shutil.which("chromedriver"), "/usr/bin/chromedriver")
                   if p and os.path.exists(p)), None)
    return (browser, driver) if browser and driver else None


def open_browser(profile: Path, width: int, height: int):
    """A headless Chromium driven by the system chromedriver (selenium downloads nothing)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = find_browser()
    if found is None:
        raise RuntimeError("chromium and chromedriver are needed (Debian: apt-get install "
                           "chromium chromium-driver)")
    browser, driver = found
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


def render_example(target: Path) -> int:
    """`yongeo lint` on the example brief, as HTML; returns the exit code (1: findings)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "YONGEO_NO_CACHE": "1"}
    env.pop("YONGEO_GLOSSARY", None)
    return subprocess.run(
        [sys.executable, "-m", "yongeo", "lint", "examples/brief.ko.txt", "--source",
         "examples/brief.en.txt", "--format", "html", "-o", str(target)],
        cwd=ROOT, env=env, check=False).returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default=str(ROOT / "docs" / "report.png"))
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=1950)
    parser.add_argument("--scale", type=float, default=1, help="device pixel ratio (2: retina)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "report.html"
        if render_example(page) not in (0, 1):
            sys.exit("yongeo lint failed")
        driver = open_browser(Path(work) / "profile", args.width, args.height)
        try:
            # The window size includes no browser frame in headless mode, but the viewport
            # is set exactly all the same, so every run gives the same picture.
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": args.width, "height": args.height, "deviceScaleFactor": args.scale,
                "mobile": False})
            driver.get(page.as_uri())
            driver.save_screenshot(args.output)
        finally:
            driver.quit()
    print(args.output)


if __name__ == "__main__":
    main()
