"""Lighthouse (mobile, performance) on the visitors' pages and a stock page.

Not a test: it prints the figures of Google's Lighthouse, run from npm with
Debian's Chromium, for an anonymous first view (empty cache) of

- the front page, the workshop listing, the upcoming workshop and its
  sign-up form, and
- a stock Plone Document of the same site ("vergleichsseite", Workshop 3's
  title and text, created and published by this script as in
  workshop_page.py), for comparison.

Each page runs `--runs` times (default 3), one after the other; the median
run (by score) is reported: on a shared machine single runs vary by several
points.

    .venv/bin/python benchmarks/lighthouse.py              # own instance in a temporary directory
    .venv/bin/python benchmarks/lighthouse.py --url http://127.0.0.1:8097/Plone --admin-password admin

Without --url it starts an instance of this checkout with the demo content
(temporary INSTANCE_VAR/INSTANCE_ETC, free port; instance/ is never touched).
With --url the site must have the demo content; --admin-password lets the
script add the stock Document if it is missing.

Lighthouse is installed (pinned, LIGHTHOUSE_VERSION) into .browser/lighthouse
(git-ignored) with npm on the first run. The JSON reports are kept in
test-artifacts/lighthouse/.
"""

from pathlib import Path

import argparse
import contextlib
import json
import os
import requests
import shutil
import statistics
import subprocess
import sys
import tempfile


ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE_VERSION = "13.5.0"
LIGHTHOUSE_DIR = ROOT / ".browser" / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu"
    " --disable-background-networking --disable-component-update"
)
REPORTS = ROOT / "test-artifacts" / "lighthouse"
PAGES = (
    ("home", ""),
    ("listing", "veranstaltungen"),
    ("workshop", "veranstaltungen/workshop-4"),
    ("sign-up form", "veranstaltungen/workshop-4/anmeldung"),
    ("stock Document", "vergleichsseite"),
)


def install_lighthouse():
    package = LIGHTHOUSE_DIR / "node_modules" / "lighthouse" / "package.json"
    if package.exists():
        if json.loads(package.read_text())["version"] == LIGHTHOUSE_VERSION:
            return
    print(f"Installing lighthouse {LIGHTHOUSE_VERSION} into {LIGHTHOUSE_DIR} ...")
    LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["npm", "install", "--prefix", str(LIGHTHOUSE_DIR), "--no-save",
         "--no-audit", "--no-fund", "--silent", f"lighthouse@{LIGHTHOUSE_VERSION}"],
        check=True,
    )  # fmt: skip


def lighthouse(url, output):
    subprocess.run(
        [str(LIGHTHOUSE), url, "--only-categories=performance",
         f"--chrome-flags={CHROME_FLAGS}", "--output=json",
         f"--output-path={output}", "--quiet"],
        check=True,
        env=dict(os.environ, CHROME_PATH=CHROMIUM),
    )  # fmt: skip
    return json.loads(output.read_text())


def figures(report):
    audits = report["audits"]
    requests_ = audits["network-requests"]["details"]["items"]

    def transferred(kind):
        return sum(
            item.get("transferSize", 0)
            for item in requests_
            if item.get("resourceType") == kind
        )

    blocking = audits.get("render-blocking-insight", {}).get("details") or {}
    return {
        "score": round(report["categories"]["performance"]["score"] * 100),
        "fcp": audits["first-contentful-paint"]["numericValue"] / 1000,
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "kb": audits["total-byte-weight"]["numericValue"] / 1024,
        "js_kb": transferred("Script") / 1024,
        "css_kb": transferred("Stylesheet") / 1024,
        "font_kb": transferred("Font") / 1024,
        "blocking": len(blocking.get("items", [])),
    }


def median_run(runs):
    """The run with the median score (the lower middle one for even counts)."""
    ordered = sorted(runs, key=lambda run: run["score"])
    return ordered[(len(ordered) - 1) // 2]


def page_exists(url):
    return requests.get(url, timeout=30).status_code == 200


def measure(site_url, runs):
    REPORTS.mkdir(parents=True, exist_ok=True)
    # Warm the instance (Chameleon, caches): the first hit is not a visitor's.
    for _name, path in PAGES:
        requests.get(f"{site_url}/{path}", timeout=60)
    results = {}
    for name, path in PAGES:
        url = f"{site_url}/{path}"
        slug = path.replace("/", "_") or "home"
        results[name] = []
        for index in range(runs):
            report = lighthouse(url, REPORTS / f"{slug}-{index + 1}.json")
            results[name].append(figures(report))
            print(
                f"  {name:15} run {index + 1}: {results[name][-1]['score']}", flush=True
            )
    return results


def report(results):
    print()
    print(
        "| page | score (runs) | FCP | LCP | TBT | CLS | transferred | JS | CSS | fonts"
        " | render-blocking |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, runs in results.items():
        m = median_run(runs)
        scores = ", ".join(str(run["score"]) for run in runs)
        print(
            f"| {name} | **{m['score']}** ({scores}) | {m['fcp']:.1f} s"
            f" | {m['lcp']:.1f} s | {m['tbt']:.0f} ms | {m['cls']:.3f}"
            f" | {m['kb']:.0f} KB | {m['js_kb']:.0f} KB | {m['css_kb']:.0f} KB"
            f" | {m['font_kb']:.0f} KB | {m['blocking']} |"
        )
    print()
    print("Median run by score of each page; sizes as transferred (compressed).")
    print(
        "Median scores:",
        statistics.median(median_run(runs)["score"] for runs in results.values()),
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running site with the demo content")
    parser.add_argument(
        "--admin-password", help="with --url: to add the stock Document"
    )
    parser.add_argument("--demo-password", default="demo1234")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit("Debian's Chromium is missing: scripts/install-browser.sh")
    install_lighthouse()

    sys.path.insert(0, str(Path(__file__).parent))
    import workshop_page

    if args.url:
        url = args.url.rstrip("/")
        if not page_exists(f"{url}/{workshop_page.DOCUMENT}"):
            if not args.admin_password:
                sys.exit("The stock Document is missing: give --admin-password")
            workshop_page.DEMO_PASSWORD = args.demo_password
            workshop_page.add_stock_document(url, ("admin", args.admin_password))
        report(measure(url, args.runs))
        return
    workdir = Path(tempfile.mkdtemp(prefix="rundtisch-lighthouse-"))
    try:
        with workshop_page.instance(workdir) as (url, auth):
            workshop_page.add_stock_document(url, auth)
            print(f"Site at {url}", flush=True)
            report(measure(url, args.runs))
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
