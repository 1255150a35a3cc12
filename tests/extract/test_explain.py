"""`kg build --explain`: the rules tried for each claim, listed on stderr, as a user runs the command.

The article is written for this test (a harbour town's ferry); none of it from any corpus here.
"""
import json
import subprocess
import sys

ARTICLE = ("Harbour officials said on Monday that the ferry service would resume next week.\n\n"
           "A spokesperson for the port, Mara Lind, said the repairs had cost less than expected.\n")


def _build(tmp_path, *flags):
    src = tmp_path / "ferry.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out), "-q", *flags],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    return proc.stderr, claims


def test_explain_lists_the_rules_tried_and_the_rule_of_each_claim_even_with_several_processes(tmp_path):
    err, claims = _build(tmp_path, "--explain", "--processes", "2")
    lines = [line for line in err.splitlines() if line.startswith("kg: rules: ")]
    # every speaker rule before the apposition was tried and did not apply; then the apposition fired
    tried = [line for line in lines if "speaker 'spokesperson'" in line]
    assert tried and tried[-1].endswith("apposition fired") and all(t.endswith(" no") for t in tried[:-1]), tried
    assert any(line.endswith("clause after cue fired") for line in lines)
    assert claims and all(c["rule"] for c in claims)
    for c in claims:  # the line closing each claim's rules says the rule written in claims.jsonl
        assert any(line.startswith(f"kg: rules: claim {c['start']}-{c['end']} ") and line.endswith(c["rule"])
                   for line in lines), (c["rule"], lines)


def test_without_explain_no_rule_is_listed(tmp_path):
    err, claims = _build(tmp_path)
    assert claims and "kg: rules:" not in err


def test_explain_with_a_cluster_is_refused_in_one_line(tmp_path):
    src = tmp_path / "ferry.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(tmp_path / "out"), "-q",
                           "--explain", "--workers", "2"], capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stderr.startswith("kg: error: --explain") and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()
