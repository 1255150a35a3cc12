"""The public API and the CLI surface."""
import subprocess
import sys

import pytest

import kg
from kg.cli import parser


def test_public_api_is_explicit_and_sorted():
    assert kg.__all__ == sorted(kg.__all__, key=lambda s: (not s.isupper(), s))
    for name in kg.__all__:
        assert hasattr(kg, name)
    assert {n for n in dir(kg) if not n.startswith("_") and n[0].isupper()} <= set(kg.__all__) | {"DEMO_CORPUS"}


def test_errors_form_one_tree():
    for e in (kg.InputError, kg.PipelineError, kg.QueryError, kg.StoreError, kg.OutputError):
        assert issubclass(e, kg.KGError)


@pytest.mark.parametrize("command", sorted(parser()._subparsers._group_actions[0].choices))
def test_every_command_has_help(command):
    proc = subprocess.run([sys.executable, "-m", "kg.cli", command, "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "usage: kg " + command in proc.stdout


def test_unknown_pipeline_is_a_clean_error(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor said the bridge would reopen.\n")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"),
                           "--pipeline", "xx_no_such_pipeline"], capture_output=True, text=True)
    assert proc.returncode == 1 and "xx_no_such_pipeline" in proc.stderr and "Traceback" not in proc.stderr
