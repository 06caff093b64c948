"""Issue 15, item 11: README's sample outputs are what the tool prints today."""

from __future__ import annotations

import difflib

from tests.refresh_readme import README, produce, samples


def test_readme_has_sample_outputs() -> None:
    commands = [sample.command for sample in samples(README.read_text(encoding="utf-8"))]
    assert "trainlint check examples/mistakes/typos.yaml" in commands


def test_readme_sample_outputs_are_current() -> None:
    stale = []
    for sample in samples(README.read_text(encoding="utf-8")):
        actual = produce(sample.command)
        if actual != sample.shown:
            diff = "".join(
                difflib.unified_diff(
                    sample.shown.splitlines(keepends=True),
                    actual.splitlines(keepends=True),
                    "README.md",
                    "trainlint",
                )
            )
            stale.append(f"$ {sample.command}\n{diff}")
    assert not stale, (
        "README.md's sample output differs from what trainlint prints; refresh it with "
        "'python -m tests.refresh_readme' (and check that the change is intended):\n\n"
        + "\n".join(stale)
    )


def test_ci_guide_uses_the_current_sarif_upload_action() -> None:
    """codeql-action v3 is deprecated in December 2026; the guide uses v4."""
    guide = (README.parent / "docs" / "ci.md").read_text(encoding="utf-8")
    assert "github/codeql-action/upload-sarif@v4" in guide
    assert "codeql-action/upload-sarif@v3" not in guide
