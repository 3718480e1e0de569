"""constraints.txt and buildout.cfg pin the same versions (scripts/pins.py)."""

from pathlib import Path

import importlib.util
import pytest


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pins():
    spec = importlib.util.spec_from_file_location("pins", ROOT / "scripts" / "pins.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_buildout_and_constraints_agree(pins):
    assert pins.differences() == []


def test_drift_is_reported(pins, monkeypatch, tmp_path):
    drifted = tmp_path / "buildout.cfg"
    drifted.write_text(
        pins.BUILDOUT.read_text().replace("\nPlone = 6.2.2", "\nPlone = 6.2.1"),
        encoding="utf-8",
    )
    monkeypatch.setattr(pins, "BUILDOUT", drifted)
    assert pins.differences() == [
        "Plone: constraints.txt has 6.2.2, buildout.cfg has 6.2.1"
    ]


def test_plone_layout_is_not_a_prerelease(pins):
    """Unpinned resolution picks plone.app.layout 7.0.0a6, which breaks start-up."""
    name, version = pins.constraint_pins()["plone-app-layout"]
    assert version.split(".")[0] == "6"
