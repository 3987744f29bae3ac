"""The README's two set-up commands are the real ones: CI runs the same test command."""

from support.common import ROOT


def _indented_commands():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines[:12] if line.startswith("    ")]


def test_readme_starts_with_two_commands():
    commands = _indented_commands()
    assert len(commands) == 2
    run, test = commands
    assert run.startswith("python3 -m venv .venv && ") and run.endswith(".venv/bin/accessible-statement")
    assert "pytest" in test


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _indented_commands()[1] in ci.splitlines()
