"""The shape of the code as rules about packages: stages import only what comes before them, no
module imports itself round a cycle, and the core never loads the UI or the speech engine (so it
runs anywhere and starts fast)."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "accessible_statement"

# Shared by every stage: the error types, the folders, the rules' numbers and the version.
SHARED = {"accessible_statement", "errors", "paths", "rules", "__main__"}
# The order of the work: each package may import itself, SHARED and any package before it.
STAGES = ["document", "language", "read", "clean", "sections", "plain", "easy_read", "render", "speech", "tui", "cli"]
# The core: none of it may import the UI, the speech engine or rich, at any depth.
CORE = ["document", "language", "read", "clean", "sections", "plain", "easy_read", "render"]
UI_AND_SPEECH = ("textual", "pyttsx3", "rich")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module an `import` or `from ... import` names anywhere in the file (inside functions too)."""
    name = _module_name(path)
    here = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(here.split(".")[: len(here.split(".")) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # `from pkg import module`
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "accessible_statement"


def test_every_module_belongs_to_a_stage_or_is_shared():
    for module in import_graph():
        assert _stage(module) in STAGES or _stage(module) in SHARED, f"{module}: put it in a stage package"


def test_stages_import_only_what_comes_before_them():
    problems = []
    for module, targets in import_graph().items():
        stage = _stage(module)
        if stage in SHARED and stage not in ("__main__",):
            allowed = SHARED  # shared modules stand below every stage
        else:
            allowed = SHARED | set(STAGES[: STAGES.index(stage) + 1]) if stage in STAGES else None
        for target in targets:
            if allowed is not None and _stage(target) not in allowed:
                problems.append(f"{module} imports {target}")
    assert not problems, "\n".join(sorted(problems))


def test_no_import_cycles():
    graph = import_graph()
    # the package's own __init__ files are imported with every module; they hold only docstrings and the version
    graph = {m: {t for t in ts if not t.endswith(("__init__",)) and t != "accessible_statement"} for m, ts in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    # a package that imports its own module is not a cycle unless that module imports the package back
    assert not cycles, cycles


def test_the_core_never_names_the_ui_or_the_speech_engine():
    problems = []
    for path in PACKAGE.rglob("*.py"):
        if _stage(_module_name(path)) in CORE or _stage(_module_name(path)) in SHARED:
            for name in _imports(path):
                if name.split(".")[0] in UI_AND_SPEECH:
                    problems.append(f"{_module_name(path)} imports {name}")
    assert not problems, problems


def test_only_the_parser_module_imports_spacy():
    """spaCy takes about a second to load: one module owns it, and loads it only to parse."""
    users = sorted(_module_name(p) for p in PACKAGE.rglob("*.py") if any(n.split(".")[0] == "spacy" for n in _imports(p)))
    assert users == ["accessible_statement.language.parser"]


def test_clean_never_loads_the_parser():
    code = (
        "import sys\n"
        "from accessible_statement.cli import main\n"
        "main(['clean', '-o', '/dev/null'])\n"
        "main(['clean', '--format', 'json', '-o', '/dev/null'])\n"
    )
    assert loaded_after(code, ("spacy", "thinc")) == []


def loaded_after(code: str, packages: tuple[str, ...]) -> list[str]:
    """Run CODE in a fresh interpreter; the modules of PACKAGES it has loaded by the end."""
    code += f"import sys\nprint('LOADED:' + ','.join(sorted(m for m in sys.modules if m.split('.')[0] in {packages!r})))\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("LOADED:"), result.stdout
    return [m for m in last.removeprefix("LOADED:").split(",") if m]


@pytest.mark.parametrize("rule", ["stage order", "cycle"])
def test_the_layout_rules_can_fail(rule, monkeypatch):
    """The same checks see a stage importing a later one, and a cycle, when there is one."""
    graph = import_graph()
    if rule == "stage order":
        graph["accessible_statement.plain.rewrite"].add("accessible_statement.easy_read.build")
    else:
        graph["accessible_statement.easy_read.fit"].add("accessible_statement.easy_read.build")
    monkeypatch.setattr(sys.modules[__name__], "import_graph", lambda: graph)
    check = test_stages_import_only_what_comes_before_them if rule == "stage order" else test_no_import_cycles
    with pytest.raises(AssertionError):
        check()


def test_core_never_loads_textual_or_pyttsx3():
    """At run time too: every core module, the three core commands and the reader's start before its frame."""
    core = sorted(
        _module_name(p) for p in PACKAGE.rglob("*.py") if _stage(_module_name(p)) in CORE or _stage(_module_name(p)) in SHARED - {"__main__"}
    )
    code = (
        "import sys\n"
        f"for m in {core!r}: __import__(m)\n"
        "from accessible_statement.cli import main\n"
        "main(['clean', '-o', '/dev/null'])\n"
        "main(['easy-read', '-o', '/dev/null'])\n"
        "main(['check'])\n"
        # what the reader runs before its waiting frame: Textual is loaded only after it is drawn
        "from accessible_statement.tui.document_cache import open_reader_doc\n"
        "from accessible_statement.paths import bundled_statement\n"
        "from accessible_statement.tui.keys import read_keymap\n"
        "import accessible_statement.tui.waiting_frame\n"
        "read_keymap(None); open_reader_doc(bundled_statement())\n"
    )
    assert loaded_after(code, UI_AND_SPEECH) == []


def test_hygiene_check_can_fail():
    """The same check sees textual when something does import it."""
    assert "textual.app" in loaded_after("import textual.app\n", UI_AND_SPEECH)


def test_only_the_nltk_parts_we_use_are_loaded_and_they_cannot_load_files():
    code = (
        "import sys\n"
        "from accessible_statement.cli import main\n"
        "main(['easy-read', '-o', '/dev/null'])\n"
        "import nltk.pathsec, nltk.picklesec\n"
        "loaded = [m for m in sys.modules if m.startswith('nltk')]\n"
        "assert 'nltk.tokenize.punkt' in loaded and 'nltk.stem.porter' in loaded, loaded\n"
        "assert not any(m.startswith(('nltk.metrics', 'nltk.corpus', 'nltk.translate', 'nltk.chunk')) for m in loaded), loaded\n"
        "for f in (nltk.pathsec.open, nltk.picklesec.allowlisted_pickle_load):\n"
        "    try:\n"
        "        f('x')\n"
        "    except RuntimeError:\n"
        "        pass\n"
        "    else:\n"
        "        raise SystemExit('a file loader ran')\n"
        "print('OK', len(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK")
