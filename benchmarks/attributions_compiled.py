"""Build a copy of the stance plugin with its attribution rules compiled by mypyc (an experiment).

Why: stop fifty-one measured what compiling the rule modules would give for issue 18's speed
bar, and this script makes the measurement repeatable: the plugin's package is copied to a
directory outside the repository, the modules of ``newslens_stance/attributions`` are compiled
there with mypyc (which ships with the project's mypy), and that copy is then put first on the
path of the benchmarks that count and compare (``attributions_instructions.py``,
``attributions_same_output.py``) and of the plugin's tests. The repository's own sources stay
pure Python; nothing here is installed.

What is compiled: every module of the package but its ``__init__`` (which stays Python, so a
test that patches ``newslens_stance.attributions._find`` still reaches the pipeline). The rule
modules reuse a name for values of different types in many functions, which mypy accepts only
with ``--allow-redefinition``; with it they type-check clean, which mypyc requires: mypyc trusts
the annotations (a wrong one is a ``TypeError`` at run time, and a module compiled past its
type errors can crash the interpreter). ``--final`` also declares every module-level constant
(``_NAME = ...``) ``Final`` in the copy, so compiled code reads it without a dictionary look-up.

Run (a compile takes 4-7 minutes of one CPU)::

    .venv/bin/python benchmarks/attributions_compiled.py /tmp/stance-compiled [--final]
    PYTHONPATH=/tmp/stance-compiled:src .venv/bin/python benchmarks/attributions_instructions.py
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "plugins" / "stance" / "src" / "newslens_stance"

#: a module-level constant: a name in capitals at the start of a line, assigned once
_CONSTANT = re.compile(r"^(_?[A-Z][A-Z0-9_]*) = ", re.MULTILINE)
_FUTURE = "from __future__ import annotations\n"


def declare_final(source: str) -> str:
    """``source`` with each module-level constant assigned once declared ``Final``."""
    names = _CONSTANT.findall(source)
    once = {n for n in names if names.count(n) == 1}
    if not once or _FUTURE not in source:
        return source
    source = _CONSTANT.sub(lambda m: f"{m[1]}: Final = " if m[1] in once else m[0], source)
    return source.replace(_FUTURE, _FUTURE + "\nfrom typing import Final\n", 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("target", type=Path, help="a directory outside the repository")
    ap.add_argument("--final", action="store_true", help="declare module constants Final")
    args = ap.parse_args(argv)
    target = args.target.resolve()
    if target.is_relative_to(PACKAGE.parents[3]):
        print("the target must be outside the repository", file=sys.stderr)
        return 2
    copy = target / "newslens_stance"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.rmtree(target / "build", ignore_errors=True)
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    modules = sorted(p for p in (copy / "attributions").glob("*.py") if p.name != "__init__.py")
    if args.final:
        for path in modules:
            path.write_text(declare_final(path.read_text(encoding="utf-8")), encoding="utf-8")
    cmd = [sys.executable, "-m", "mypyc", "--allow-redefinition"]
    cmd += [str(p.relative_to(target)) for p in modules]
    # mypy reads the interpreter's path, PYTHONPATH included: without it, only the copy in
    # ``target`` is newslens_stance, and the modules it imports but does not compile (the
    # plugin's others, the core, pandas) are read silently, as installed packages
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(cmd, cwd=target, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(done.stdout[-3000:], done.stderr[-3000:], file=sys.stderr)
        return 1
    built = sorted(copy.glob("**/*.so"))
    print(f"{len(built)} compiled files in {target}; put it first on PYTHONPATH")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
