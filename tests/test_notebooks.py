from __future__ import annotations

import pytest

from .conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"


@pytest.fixture(scope="module")
def quickstart(jupyter_env):
    """notebooks/quickstart.ipynb, executed from notebooks/ in a fresh kernel."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOKS / "quickstart.ipynb", as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return nb


@pytest.fixture(scope="module")
def jupyter_env(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        # a font cache of the kernel's own: one that the user's matplotlib built before the CJK fonts were
        # installed would hide them (matplotlib never rescans a cached font list)
        mp.setenv("MPLCONFIGDIR", str(tmp_path_factory.mktemp("matplotlib")))
        mp.setenv("JUPYTER_PLATFORM_DIRS", "1")  # jupyter_core's own future default; silences its warning
        mp.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # the kernel's debugger would warn about frozen modules
        yield mp


def outputs(nb, mime: str) -> list[str]:
    return [o["data"][mime] for c in nb.cells if c.cell_type == "code" for o in c.outputs if mime in o.get("data", {})]


def test_notebooks_quickstart_runs_without_errors(quickstart) -> None:
    kinds = [o["output_type"] for c in quickstart.cells if c.cell_type == "code" for o in c.outputs]
    assert "error" not in kinds
    stderr = [
        o["text"] for c in quickstart.cells if c.cell_type == "code" for o in c.outputs if o.get("name") == "stderr"
    ]
    assert stderr == [], "warnings in the notebook (no CJK font? apt-get install fonts-noto-cjk)"
    assert all(c.execution_count for c in quickstart.cells if c.cell_type == "code")


@pytest.mark.parametrize(
    "mime,what",
    [
        ("text/plain", "('静海区', 2026,"),  # the seed, annotated
        ("text/html", "<table"),  # targets as a DataFrame, and the reports of corpora/
        ("text/html", 'class="jh-view"'),  # the HTML view, inline
        ("image/png", ""),  # the plot
    ],
)
def test_notebooks_quickstart_shows(quickstart, mime, what) -> None:
    assert any(what in o for o in outputs(quickstart, mime))


def test_notebooks_quickstart_annotates_all_of_corpora(quickstart) -> None:
    reports = outputs(quickstart, "text/html")[-1]
    for path in sorted((ROOT / "corpora").glob("*.txt")):
        assert path.stem in reports


def test_notebooks_define_no_logic_of_their_own() -> None:
    import nbformat

    for path in NOTEBOOKS.glob("*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        assert "def " not in code and "class " not in code and "lambda" not in code, path.name
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), f"{path.name}: clear outputs"
