"""Buildout's versions.cfg is what scripts/pins.py generates from constraints.txt."""

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


def test_versions_cfg_is_generated_from_constraints(pins):
    assert pins.differences() == []


def test_buildout_reads_versions_cfg():
    buildout = (ROOT / "buildout.cfg").read_text(encoding="utf-8")
    assert "\nextends = versions.cfg\n" in buildout
    assert "[versions]" not in buildout


def test_drift_is_reported(pins, monkeypatch, tmp_path):
    drifted = tmp_path / "versions.cfg"
    drifted.write_text(
        pins.VERSIONS.read_text().replace("\nPlone = 6.2.2", "\nPlone = 6.2.1"),
        encoding="utf-8",
    )
    monkeypatch.setattr(pins, "VERSIONS", drifted)
    assert pins.differences() == ["-Plone = 6.2.1", "+Plone = 6.2.2"]


def test_plone_layout_is_not_a_prerelease(pins):
    """Unpinned resolution picks plone.app.layout 7.0.0a6, which breaks start-up."""
    name, version = pins.constraint_pins()["plone-app-layout"]
    assert version.split(".")[0] == "6"
