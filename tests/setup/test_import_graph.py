"""The import graph of rundtisch.policy has no cycles and no arrows back up.

Read from the source with Python's `ast` (every `import`, also those inside
functions, since a deferred import hides a cycle rather than removing it),
not with import-linter: that would add grimp and its Rust build to the pin
set for a check of some 40 lines.

Two rules, for every package of the add-on:

- no module imports, directly or through others, a module that imports it;
- among the parts of one package (its sub-packages and modules), the
  arrows between them form no cycle: a sub-package that imports a
  sibling is not imported back by it, nor by any other sibling in between.
  KNOWN_BACK_ARROWS lists the arrows that still close a cycle, each with
  what removes it; the list may only shrink.
"""

from collections import defaultdict
from pathlib import Path

import ast
import importlib
import pytest


SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = "rundtisch.policy"

# (package, from part, to part): arrows that close a cycle today.
KNOWN_BACK_ARROWS = set()


def find_modules():
    """{dotted name: (path, is a package)} for every module of the add-on."""
    found = {}
    for path in sorted((SRC / "rundtisch" / "policy").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        found[".".join(parts)] = (path, is_package)
    return found


MODULES = find_modules()


def imported_names(name):
    path, is_package = MODULES[name]
    package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                yield submodule if submodule in MODULES else module


def import_arrows():
    """{(importer, imported)} between modules of the add-on."""
    arrows = set()
    for name in MODULES:
        for target in imported_names(name):
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name:
                arrows.add((name, target))
    return arrows


ARROWS = import_arrows()


def reachable(graph, start):
    seen, todo = set(), [start]
    while todo:
        for node in graph[todo.pop()] - seen:
            seen.add(node)
            todo.append(node)
    return seen


def cycles(arrows):
    """The groups of nodes that reach each other (strongly connected parts
    of more than one node), each sorted; a few hundred nodes need no more
    than a search from each."""
    graph = defaultdict(set)
    for source, target in arrows:
        graph[source].add(target)
    reach = {node: reachable(graph, node) for node in list(graph)}
    groups = {
        tuple(sorted(other for other in reach[node] if node in reach.get(other, ())))
        for node in reach
        if node in reach[node]
    }
    return sorted(list(group) for group in groups)


def part_arrows(package):
    """{(from part, to part)} between the direct parts of `package`."""

    def part(module):
        if not module.startswith(package + "."):
            return None
        return module[len(package) + 1 :].split(".")[0]

    return {
        (part(source), part(target))
        for source, target in ARROWS
        if part(source) and part(target) and part(source) != part(target)
    }


PACKAGES = sorted(name for name, (_path, is_package) in MODULES.items() if is_package)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_imports(name):
    importlib.import_module(name)


def test_the_graph_is_read():
    """The walk sees the arrows it is meant to judge."""
    assert (
        f"{PACKAGE}.operations.checks.login_throttle",
        f"{PACKAGE}.operations.checks.rate_limit",
    ) in ARROWS
    assert (f"{PACKAGE}.vocabularies.fixed", f"{PACKAGE}.workflow.departments") in (
        ARROWS
    )
    assert cycles({("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")}) == [["a", "b", "c"]]


def test_no_module_imports_a_module_that_imports_it():
    assert cycles(ARROWS) == []


@pytest.mark.parametrize("package", PACKAGES)
def test_the_parts_of_a_package_import_each_other_one_way(package):
    known = {
        (source, target)
        for name, source, target in KNOWN_BACK_ARROWS
        if name == package
    }
    arrows = part_arrows(package) - known
    assert cycles(arrows) == []


def test_every_known_back_arrow_still_closes_a_cycle():
    """Removed arrows leave the list, so it says what is left to do."""
    for package, source, target in sorted(KNOWN_BACK_ARROWS):
        arrows = part_arrows(package)
        assert (source, target) in arrows, (source, target)
        assert any(source in part and target in part for part in cycles(arrows)), (
            source,
            target,
        )
