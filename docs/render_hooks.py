"""Render docs/hooks.md from src/newslens/hookspecs.py (the docstrings are the reference).

Run `python docs/render_hooks.py` after changing a hook; a test fails while the page is stale.
"""

from __future__ import annotations

import inspect
import textwrap
from pathlib import Path

from newslens import hookspecs
from newslens.manager import HOOK_NAMES

HEADER = """# Hook reference

Generated from `src/newslens/hookspecs.py` by `python docs/render_hooks.py`; do not edit by hand.
Mark implementations with `from newslens import hookimpl`. See `docs/writing-plugins.md` for a
walk-through.

"""


def render() -> str:
    parts = [HEADER, textwrap.dedent(hookspecs.__doc__ or "").strip(), "\n"]
    for name in HOOK_NAMES:
        spec = getattr(hookspecs, name)
        signature = f"{name}{inspect.signature(spec)}".replace("'", "")
        doc = inspect.cleandoc(spec.__doc__ or "")
        parts.append(f"\n## `{name}`\n\n```python\n@hookimpl\ndef {signature}: ...\n```\n\n{doc}\n")
    return "".join(parts)


if __name__ == "__main__":
    target = Path(__file__).with_name("hooks.md")
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
