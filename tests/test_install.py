"""One `pip install` gives the whole kg: in a venv of its own, with `pip install .` only, and with no access to
Debian's WordNet files, the demo build writes the same claims and disputes as the set-up script's build
(the committed exports/kursk).

The venv is made once per pyproject.toml (in the user's cache: the first run downloads and installs kg's
dependencies, a few minutes; later runs reinstall only kg itself, about half a minute). `-m "not install"`
leaves this test out.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ROOT / "exports" / "kursk"

pytestmark = pytest.mark.install

# run inside the fresh venv: every file opened is checked, and WordNet's Debian folder is not allowed
_RUN = r"""
import sys
seen = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)) and str(args[0]).startswith("/usr/share/wordnet"):
        seen.append(args[0])
        raise PermissionError(f"hidden for this test: {args[0]}")
sys.addaudithook(hook)
import kg
assert kg.__file__.startswith(sys.prefix), kg.__file__
from kg.cli import main
code = main(["build", "-o", sys.argv[1], "-q"])
assert not seen, seen
sys.exit(code)
"""


def _source_copy(dest: Path) -> Path:
    """The files `pip install .` reads, copied, so the build leaves nothing in the checkout."""
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "kg", dest / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dest


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "KG_WORDNET", "PYTHONHOME")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _venv(tmp: Path) -> Path:
    from platformdirs import user_cache_dir

    key = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + sys.version.encode()).hexdigest()[:12]
    base = Path(os.environ.get("KG_TEST_VENVS") or user_cache_dir("kg", appauthor=False)) / f"test-venv-{key}"
    py = base / "bin" / "python"
    src = _source_copy(tmp)
    if (base / ".complete").is_file():  # the dependencies are there: reinstall kg itself, as it is now
        cmd = [str(py), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(src)]
    else:
        shutil.rmtree(base, ignore_errors=True)
        venv.create(base, with_pip=True)
        cmd = [str(py), "-m", "pip", "install", "-q", str(src)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_env(), cwd=tmp, timeout=1500)
    assert proc.returncode == 0, proc.stderr[-3000:]
    (base / ".complete").write_text("ok\n")
    return py


def test_pip_install_alone_builds_the_same_claims_and_disputes(tmp_path):
    src, work = tmp_path / "src", tmp_path / "work"
    src.mkdir()
    work.mkdir()
    py = _venv(src)
    env = _env()
    env["KG_CACHE"] = str(tmp_path / "cache")  # WordNet unpacked anew from the installed package
    env["NLTK_DATA"] = str(tmp_path / "no-nltk-data")
    out = work / "out"
    proc = subprocess.run([str(py), "-c", _RUN, str(out)], capture_output=True, text=True, env=env, cwd=work,
                          timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert any((tmp_path / "cache").glob("wordnet-3.0-*/index.noun"))
    for name in ("claims.jsonl", "disputes.jsonl"):
        assert (out / name).read_bytes() == (EXPORTS / name).read_bytes(), f"{name} differs from exports/kursk"
