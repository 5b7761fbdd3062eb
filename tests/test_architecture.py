"""The shape of ``src/newscorpus``: no import cycle, no long module, no crowded folder, and
subpackage ``__init__.py`` files that only re-export.

The import graph is read with :mod:`ast`, not by importing, and counts every import the way
Python runs it:

- imports inside functions and under ``if TYPE_CHECKING:`` count (a lazy import only hides a
  cycle until the day someone moves it);
- absolute and relative imports count alike; ``from . import x`` counts an import of the
  submodule ``x`` when ``x`` is one;
- importing ``pkg.mod`` runs ``pkg/__init__.py`` first, so it counts as an import of ``pkg``
  too, except when the importer is itself inside ``pkg`` (its package is already being
  imported by then).

A cycle is a strongly connected component of the graph with more than one module.
"""

from __future__ import annotations

import ast
import itertools
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "newscorpus"

MAX_MODULE_LINES = 500
LONG_MODULE_REASON = "over 500 lines because"
MAX_SUBPACKAGE_MODULES = 12
MAX_TOP_LEVEL_MODULES = 18


@dataclass(frozen=True)
class Module:
    """One ``.py`` file of the package tree."""

    name: str  # dotted, e.g. "newscorpus.meta.dates"
    path: Path
    is_package: bool  # an __init__.py: ``name`` is the package's own name

    @property
    def package(self) -> str:
        """The package relative imports start from: itself for an ``__init__.py``."""
        return self.name if self.is_package else self.name.rpartition(".")[0]


# importer -> imported module -> the line of the first import that makes the edge
Graph = dict[str, dict[str, int]]


def find_modules(root: Path) -> dict[str, Module]:
    """Every module under ``root`` (a package folder), by dotted name."""
    modules: dict[str, Module] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        modules[".".join(parts)] = Module(".".join(parts), path, is_package)
    return modules


def _absolute(module: Module, node: ast.ImportFrom) -> str:
    """The absolute name of the module a ``from ... import`` reads from."""
    if node.level == 0:
        return node.module or ""
    parts = module.package.split(".")
    parts = parts[: len(parts) - (node.level - 1)]
    return ".".join([*parts, *([node.module] if node.module else [])])


def imported_names(module: Module, tree: ast.AST) -> Iterator[tuple[str, int]]:
    """Each dotted name an import statement anywhere in ``tree`` may load, with its line:
    ``import a.b`` gives ``a.b``; ``from a import b`` gives ``a`` and ``a.b`` (``b`` may be a
    submodule)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, node)
            yield base, node.lineno
            for alias in node.names:
                if alias.name != "*":
                    yield f"{base}.{alias.name}", node.lineno


def _loaded_modules(name: str, importer: str, modules: dict[str, Module]) -> Iterator[str]:
    """The modules of the tree that importing ``name`` runs from ``importer``: ``name`` and
    each package above it, but not ``importer`` itself nor a package that contains it."""
    parts = name.split(".")
    for end in range(1, len(parts) + 1):
        target = ".".join(parts[:end])
        if target in modules and target != importer and not importer.startswith(target + "."):
            yield target


def import_graph(root: Path) -> tuple[dict[str, Module], Graph]:
    """The modules under ``root`` and who imports whom among them."""
    modules = find_modules(root)
    graph: Graph = {name: {} for name in modules}
    for name, module in modules.items():
        tree = ast.parse(module.path.read_text(encoding="utf-8"), filename=str(module.path))
        for imported, line in imported_names(module, tree):
            for target in _loaded_modules(imported, name, modules):
                graph[name][target] = min(line, graph[name].get(target, line))
    return modules, graph


def strongly_connected(graph: Graph) -> list[list[str]]:
    """The strongly connected components of ``graph`` (Tarjan's algorithm), each sorted."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = lowest[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                lowest[node] = min(lowest[node], lowest[target])
            elif target in on_stack:
                lowest[node] = min(lowest[node], index[target])
        if lowest[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(components)


def import_cycles(graph: Graph) -> list[list[str]]:
    """The components of more than one module: each is one or more import cycles."""
    return [c for c in strongly_connected(graph) if len(c) > 1]


def shortest_cycle(graph: Graph, component: list[str]) -> list[str]:
    """A shortest cycle through the component's first module (breadth first, inside it)."""
    start, members = component[0], set(component)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for target in sorted(graph[node]):
            if target not in members:
                continue
            if target == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [*reversed(path), start]
            if target not in came_from:
                came_from[target] = node
                queue.append(target)
    raise AssertionError(f"{start} is on no cycle of its component")


def _area(modules: dict[str, Module], name: str) -> str:
    """The part of the tree directly under the root a module is in: ``clean/``, ``options``."""
    parts = name.split(".")
    if len(parts) == 1:
        return f"{name}/__init__"
    top = ".".join(parts[:2])
    return parts[1] + ("/" if modules[top].is_package else "")


def describe_cycles(
    modules: dict[str, Module], graph: Graph, cycles: list[list[str]], root: Path
) -> str:
    """The failure message: each component, one cycle through it, and its edges with lines."""

    def where(importer: str, target: str) -> str:
        path = modules[importer].path.relative_to(root.parent)
        return f"{path}:{graph[importer][target]}"

    lines = [
        f"{len(cycles)} import cycle(s) among src/newscorpus modules (imports inside functions "
        "and under TYPE_CHECKING count; importing pkg.mod imports pkg/__init__.py too):"
    ]
    for number, component in enumerate(cycles, 1):
        lines.append(f"\ncycle {number}: {len(component)} modules: {', '.join(component)}")
        path = shortest_cycle(graph, component)
        lines.append("  for example:")
        lines.extend(f"    {a} -> {b}   ({where(a, b)})" for a, b in itertools.pairwise(path))
        members = set(component)
        edges = [(a, b) for a in component for b in sorted(graph[a]) if b in members]
        crossings = sorted(
            {(_area(modules, a), _area(modules, b)) for a, b in edges}
            - {(_area(modules, m), _area(modules, m)) for m in component}
        )
        lines.append(
            "  between parts of the tree: " + ", ".join(f"{a} -> {b}" for a, b in crossings)
        )
        lines.append(f"  all {len(edges)} imports inside it:")
        lines.extend(f"    {a} -> {b}   ({where(a, b)})" for a, b in edges)
    return "\n".join(lines)


# ---------------------------------------------------------------- the graph, on tiny trees


def _tree(root: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "pkg"


def test_the_graph_counts_relative_lazy_and_type_checking_imports(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "pkg/__init__.py": "from .a import A\n",
            "pkg/a.py": "def f():\n    from .sub import b\n",
            "pkg/sub/__init__.py": "",
            "pkg/sub/b.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from ..c import C\n"
                "import pkg.d\n"
            ),
            "pkg/c.py": "from . import d\nimport os\n",
            "pkg/d.py": "",
        },
    )
    _, graph = import_graph(root)
    assert graph == {
        "pkg": {"pkg.a": 1},
        # ``from .sub import b``: b is a submodule, and pkg.sub's __init__ runs first
        "pkg.a": {"pkg.sub": 2, "pkg.sub.b": 2},
        "pkg.sub": {},
        # pkg itself is not counted: b is inside it, so it is already being imported
        "pkg.sub.b": {"pkg.c": 3, "pkg.d": 4},
        "pkg.c": {"pkg.d": 1},
        "pkg.d": {},
    }
    assert import_cycles(graph) == []


def test_importing_a_submodule_counts_as_importing_its_package(tmp_path: Path) -> None:
    # The shape of a real cycle: x.low imports y.mod, which loads y/__init__.py, which
    # imports y.high, which imports x.low. No two modules import each other directly.
    root = _tree(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/x/__init__.py": "",
            "pkg/x/low.py": "def f():\n    from ..y.mod import g\n",
            "pkg/y/__init__.py": "from .high import H\n",
            "pkg/y/mod.py": "",
            "pkg/y/high.py": "from pkg.x.low import f\n",
        },
    )
    modules, graph = import_graph(root)
    assert graph["pkg.x.low"] == {"pkg.y": 2, "pkg.y.mod": 2}
    cycles = import_cycles(graph)
    # pkg.x is imported (by y.high) but imports nothing: it is not on the cycle.
    assert cycles == [["pkg.x.low", "pkg.y", "pkg.y.high"]]
    assert shortest_cycle(graph, cycles[0]) == ["pkg.x.low", "pkg.y", "pkg.y.high", "pkg.x.low"]
    message = describe_cycles(modules, graph, cycles, root)
    assert "pkg.x.low -> pkg.y   (pkg/x/low.py:2)" in message
    assert "pkg.y.high -> pkg.x.low   (pkg/y/high.py:1)" in message
    assert "between parts of the tree: x/ -> y/, y/ -> x/" in message


def test_a_package_init_importing_its_own_modules_is_no_cycle(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "pkg/__init__.py": "from .a import A\nfrom .b import B\n",
            "pkg/a.py": "from .b import B\nfrom pkg import b\n",
            "pkg/b.py": "import pkg\n",
        },
    )
    _, graph = import_graph(root)
    assert graph == {"pkg": {"pkg.a": 1, "pkg.b": 2}, "pkg.a": {"pkg.b": 1}, "pkg.b": {}}
    assert import_cycles(graph) == []


# ---------------------------------------------------------------- the rules, on src/newscorpus


def test_no_import_cycle() -> None:
    modules, graph = import_graph(SOURCE)
    assert len(modules) > 20, f"found only {len(modules)} modules under {SOURCE}"
    cycles = import_cycles(graph)
    assert not cycles, describe_cycles(modules, graph, cycles, SOURCE)


def _docstring(path: Path) -> str:
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""


def test_no_module_over_500_lines() -> None:
    too_long: list[str] = []
    for module in find_modules(SOURCE).values():
        lines = len(module.path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES and LONG_MODULE_REASON not in _docstring(module.path):
            too_long.append(f"  {module.path.relative_to(SOURCE.parent)}: {lines} lines")
    assert not too_long, (
        f"{len(too_long)} module(s) over {MAX_MODULE_LINES} lines; split them by concept, or "
        f"say why in the module docstring with the words {LONG_MODULE_REASON!r}:\n"
        + "\n".join(too_long)
    )


def test_no_crowded_folder() -> None:
    crowded: list[str] = []
    for init in sorted(SOURCE.rglob("__init__.py")):
        folder = init.parent
        count = sum(1 for path in folder.glob("*.py") if path.name != "__init__.py")
        limit = MAX_TOP_LEVEL_MODULES if folder == SOURCE else MAX_SUBPACKAGE_MODULES
        if count > limit:
            crowded.append(
                f"  {folder.relative_to(SOURCE.parent)}/: {count} modules (at most {limit})"
            )
    assert not crowded, (
        "folder(s) holding too many modules directly (not counting __init__.py); group them "
        "into subpackages by concept:\n" + "\n".join(crowded)
    )


def _is_reexport(node: ast.stmt) -> bool:
    """A docstring, an import, or an assignment to ``__all__``."""
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return True
    if isinstance(node, ast.Expr):
        return isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
    if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return all(isinstance(t, ast.Name) and t.id == "__all__" for t in targets)
    return False


def test_subpackage_inits_only_reexport() -> None:
    offenders: list[str] = []
    for init in sorted(SOURCE.rglob("__init__.py")):
        if init.parent == SOURCE:
            continue  # the top-level __init__ is the public API (it also holds __version__)
        tree = ast.parse(init.read_text(encoding="utf-8"))
        offenders.extend(
            f"  {init.relative_to(SOURCE.parent)}:{node.lineno}: {type(node).__name__}"
            for node in tree.body
            if not _is_reexport(node)
        )
    assert not offenders, (
        "subpackage __init__.py files may hold only a docstring, imports and __all__ "
        "(move the rest into a module and re-export it):\n" + "\n".join(offenders)
    )


@pytest.mark.parametrize(
    ("is_package", "statement", "expected"),
    [
        (False, "from . import x", "newscorpus.meta"),
        (False, "from ..clean import dom", "newscorpus.clean"),
        (True, "from . import x", "newscorpus.meta.dates"),
        (True, "from .. import x", "newscorpus.meta"),
        (True, "from newscorpus.clean import dom", "newscorpus.clean"),
    ],
)
def test_relative_imports_start_from_the_importers_package(
    is_package: bool, statement: str, expected: str
) -> None:
    # newscorpus/meta/dates.py, or newscorpus/meta/dates/__init__.py
    module = Module("newscorpus.meta.dates", SOURCE / "meta" / "dates.py", is_package)
    node = ast.parse(statement).body[0]
    assert isinstance(node, ast.ImportFrom)
    assert _absolute(module, node) == expected
