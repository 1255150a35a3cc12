"""`kg build` draws a progress bar (rate and time left) on a terminal, and nothing when piped or with -q."""
import fcntl
import os
import pty
import select
import struct
import termios
import subprocess
import sys

ARTICLE = ("Harbour Reopens After Storm\n"
           "The harbour master said on Monday that the port would reopen on Wednesday.\n"
           "Fishermen said the storm had damaged dozens of boats.\n")


def _build(tmp_path, *extra, tty: bool) -> str:
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    for i in range(3):
        (src / f"a{i}.txt").write_text(ARTICLE.replace("Monday", f"day {i}"), encoding="utf-8")
    cmd = [sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(tmp_path / "out"), *extra]
    if not tty:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column terminal
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            data = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    assert proc.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_a_terminal_gets_a_bar_with_rate_and_time_left(tmp_path):
    err = _build(tmp_path, tty=True)
    assert "parse" in err and "3/3" in err
    assert "articles/s" in err  # the rate
    assert "<" in err  # elapsed<remaining


def test_piped_or_quiet_builds_print_no_bar(tmp_path):
    assert "articles/s" not in _build(tmp_path, tty=False)
    assert _build(tmp_path, "-q", tty=True).strip() == ""
