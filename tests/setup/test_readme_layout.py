"""README's layout tables name every folder and module, and only real ones."""

from pathlib import Path

import re
import subprocess


ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "rundtisch" / "policy"
README = (ROOT / "README.md").read_text()
LAYOUT = README.split("## Layout\n")[1].split("\n## ")[0]
TOP_TABLE, ADDON_TABLE = LAYOUT.split("### The add-on\n")
NAMED = re.compile(r"^\| ([^|]+) \|", re.MULTILINE)


def first_column(table):
    """The backticked names in the first column of a Markdown table."""
    return {
        name for cell in NAMED.findall(table) for name in re.findall(r"`([^`]+)`", cell)
    }


def test_every_sub_package_and_module_of_the_addon_is_described():
    named = first_column(ADDON_TABLE)
    folders = {f"{p.name}/" for p in PACKAGE.iterdir() if p.is_dir()}
    folders.discard("__pycache__/")
    modules = {p.name for p in PACKAGE.glob("*.py")} - {"__init__.py"}
    assert folders - named == set()
    assert modules - named == set()


def test_the_addon_table_names_only_what_exists():
    for name in first_column(ADDON_TABLE) - {"*.zcml"}:
        assert (PACKAGE / name).exists(), name
    assert list(PACKAGE.glob("*.zcml"))


def test_every_top_level_folder_is_described_and_exists():
    named = first_column(TOP_TABLE)
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    folders = {f"{path.split('/')[0]}/" for path in tracked if "/" in path}
    folders = {folder for folder in folders if not folder.startswith(".")}
    assert folders - named - {"src/"} == set()
    for name in named:
        assert (ROOT / name).exists(), name
