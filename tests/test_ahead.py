"""Work done ahead in a forked child: its result is the work's own, and whatever goes wrong in the
child (it fails, says nothing readable, is stuck, or cannot be forked) the parent does the work."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checks import ahead
from checks.ahead import Ahead

pytestmark = pytest.mark.skipif(not ahead.CAN_FORK, reason="children are forked on Linux only")


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_the_result_is_computed_in_the_child() -> None:
    parent = os.getpid()
    with Ahead(lambda: (os.getpid(), [1.5, None, "text"])) as child:
        pid, payload = child.result()
    assert pid != parent
    assert payload == [1.5, None, "text"]
    assert gone(pid)  # reaped, not left a zombie


def test_a_result_larger_than_a_pipe_holds_arrives_whole() -> None:
    big = "x" * (5 << 20)
    with Ahead(lambda: (os.getpid(), big)) as child:
        pid, payload = child.result()
    assert pid != os.getpid() and payload == big


def test_a_child_that_fails_leaves_the_work_to_the_parent() -> None:
    parent = os.getpid()

    def work() -> str:
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return "done here"

    with Ahead(work) as child:
        assert child.result() == "done here"


def test_a_result_that_cannot_be_sent_is_computed_again_here() -> None:
    parent = os.getpid()
    with Ahead(lambda: (lambda: None) if os.getpid() != parent else "done here") as child:
        assert child.result() == "done here"


def test_a_stuck_child_is_given_up_and_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    children: list[int] = []
    start = ahead._start

    def started(work: object) -> tuple[int, int] | None:
        child = start(work)  # type: ignore[arg-type]
        children.append(child[0] if child else 0)
        return child

    monkeypatch.setattr(ahead, "_start", started)

    def work() -> str:
        if os.getpid() != parent:
            time.sleep(60)
        return "done here"

    began = time.monotonic()
    with Ahead(work, patience=0.5) as child:
        assert child.result() == "done here"
    assert time.monotonic() - began < 30
    assert children and gone(children[0])


def test_a_child_never_asked_is_stopped_on_leaving() -> None:
    parent = os.getpid()
    with Ahead(lambda: time.sleep(60) if os.getpid() != parent else None) as child:
        pid = child._child[0] if child._child else 0
        assert pid and not gone(pid)
    assert gone(pid)


def test_where_no_child_can_be_forked_the_work_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ahead, "CAN_FORK", False)
    with Ahead(os.getpid) as child:
        assert child.result() == os.getpid()

    def no_fork() -> int:
        raise OSError("no more processes")

    monkeypatch.setattr(ahead, "CAN_FORK", True)
    monkeypatch.setattr(os, "fork", no_fork)
    with Ahead(os.getpid) as child:
        assert child.result() == os.getpid()


CHILD_THAT_TALKS = """
import os, sys, warnings
from checks.ahead import Ahead

def work():
    warnings.warn("a library's warning", UserWarning, stacklevel=1)
    print("from the child", flush=True)
    os.write(2, b"from the child's own code")
    return 1

sys.stdout.write("before ")  # buffered: a child that flushed it would write it again
with Ahead(work) as child:
    assert child.result() == 1
print("after")
"""


def test_the_child_writes_nothing_to_the_terminal() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD_THAT_TALKS], capture_output=True, text=True, check=True)
    assert done.stdout == "before after\n"
    assert done.stderr == ""


# A commit's run: one dataset checked in this process, the schema stage in a forked child. What
# this process imported by the end of the run, and what it found.
COMMIT_RUN = """
import sys
from pathlib import Path
from checks.runner import Options, validate
report = validate(Path.cwd(), Path.cwd(), Options(paths=["data/hebei-2022.yaml"], use_cache=False, jobs=2))
print(sorted({name.split(".")[0] for name in sys.modules} & {"pandera", "frictionless"}), len(report.findings))
"""


def test_a_commits_run_leaves_pandera_to_the_child() -> None:
    # Importing pandera costs a commit about a quarter of a second: a rule that imports the schema
    # module (for a pattern it shares, say) would put that back on the commit's path.
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-P", "-c", COMMIT_RUN], cwd=root, capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip
    imported, findings = done.stdout.rsplit(" ", 1)
    assert imported == "[]", f"imported in the commit's process: {imported}"
    assert int(findings) == 0
