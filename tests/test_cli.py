"""The `kg` command as a shell user meets it."""
import subprocess
import sys


def test_closed_pipe_ends_quietly(demo):
    """`kg query ... | head`: the reader goes away early; no traceback, no 'Exception ignored'."""
    out, _ = demo
    for args in (["query", "claims_by_claimer", "-g", str(out), "-f", "csv"], ["query", "--list"],
                 ["trace", "Ukraine said", "-g", str(out)]):
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        proc.stdout.close()  # like `| head -0`: nobody reads
        err = proc.stderr.read().decode()
        proc.wait(timeout=60)
        assert "Traceback" not in err and "Exception ignored" not in err, (args, err)
        assert proc.returncode == 141, (args, proc.returncode, err)


def test_query_names_the_graph_it_read(demo):
    out, _ = demo
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "query", "disputes", "-g", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and str(out) in proc.stderr and "rows" in proc.stderr


def test_view_command_writes_a_focused_page_and_names_its_graph(demo, tmp_path):
    out, _ = demo
    page = tmp_path / "putin.html"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "view", "-g", str(out), "--focus", "Putin", "-o", str(page)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert str(out) in proc.stdout and page.exists()
    html = page.read_text(encoding="utf-8")
    assert "Focused on" in html and "Putin" in html
