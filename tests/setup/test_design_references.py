"""Comments cite the project's own design, docs/design.md, by section; every
cited section exists, and nothing cites a design document outside the
repository."""

from pathlib import Path

import re


THIS_TEST = Path(__file__).resolve()
ROOT = THIS_TEST.parents[2]
DESIGN = ROOT / "docs" / "design.md"
SEARCHED = ("src", "tests", "benchmarks", "scripts", "instance", "proxy", "docs")
SUFFIXES = {".py", ".zcml", ".xml", ".pt", ".md", ".cfg", ".in", ".sh", ".vcl", ".txt"}
CITATION = re.compile(r"docs/design\.md((?:\s*(?:,|and|und)?\s*§\d+)+)")
OUTSIDE = re.compile(r"DESIGN\.md")  # ours is lower case: docs/design.md


def sources():
    """The project's text files, without this test (its examples cite on purpose)."""
    for folder in SEARCHED:
        for path in (ROOT / folder).rglob("*"):
            if (
                path.suffix in SUFFIXES
                and path.is_file()
                and "locales" not in path.parts
                and path != THIS_TEST
            ):
                yield path
    yield ROOT / "README.md"
    yield ROOT / "Makefile"


def sections():
    headings = re.findall(r"^## §(\d+)", DESIGN.read_text(encoding="utf-8"), re.M)
    return {int(number) for number in headings}


def citations():
    for path in sources():
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in CITATION.finditer(text):
            for number in re.findall(r"§(\d+)", match.group(1)):
                yield path.relative_to(ROOT), int(number)


def test_design_document_has_its_sections():
    assert sections() == set(range(9))


def test_every_cited_section_exists():
    existing = sections()
    cited = list(citations())
    assert cited, "the code cites the design"
    assert [(path, n) for path, n in cited if n not in existing] == []


def test_nothing_cites_a_design_outside_the_repository():
    outside = [
        path.relative_to(ROOT)
        for path in sources()
        if OUTSIDE.search(path.read_text(errors="replace"))
    ]
    assert outside == []


def test_the_check_catches_a_wrong_section():
    assert [
        int(n)
        for n in re.findall(
            r"§(\d+)", CITATION.search("see docs/design.md §4, §12").group(1)
        )
    ] == [4, 12]
