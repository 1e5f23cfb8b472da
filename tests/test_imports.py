"""The package's import graph is one-way (imports inside functions count): the rule the
developers' guide states, checked here so that a loop fails a test, not a review."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "model"


def _edges() -> dict[str, set[str]]:
    mods = {}
    for f in ROOT.rglob("*.py"):
        parts = list(f.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = f
    edges = {m: set() for m in mods}
    for m, f in mods.items():
        pkg = m if f.name == "__init__.py" else m.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            names = set()
            if isinstance(node, ast.Import):
                names = {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = pkg.split(".")[: len(pkg.split(".")) - (node.level - 1)]
                    base = ".".join(up + ([node.module] if node.module else []))
                names = {base} | {f"{base}.{a.name}" for a in node.names}
            edges[m] |= {n for n in names if n in mods and n != m and n != "model"}
    return edges


def test_no_import_loops():
    edges = _edges()
    seen, stack, on = set(), [], set()

    def visit(v):  # depth-first search for a back edge
        seen.add(v)
        on.add(v)
        stack.append(v)
        for w in edges[v]:
            if w in on:
                raise AssertionError("import loop: " + " -> ".join(stack[stack.index(w):] + [w]))
            if w not in seen:
                visit(w)
        on.discard(v)
        stack.pop()

    for v in sorted(edges):
        if v not in seen:
            visit(v)
