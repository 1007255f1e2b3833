"""The plugin host: factory, built-ins, entry points, env vars, failures, the listing."""

from __future__ import annotations

import inspect
import sys
import textwrap
from pathlib import Path

import pytest

import newslens
from newslens import Analysis, hookimpl, hookspecs
from newslens.manager import HOOK_NAMES, PluginError, get_plugin_manager, local_plugin
from newslens.registry import RegistrationError


def _analysis(analysis_id: str = "demo.v1") -> Analysis:
    return Analysis(id=analysis_id, title="Demo", extract=lambda a: [], columns={"n": "int64"})


class GoodPlugin:
    @hookimpl
    def newslens_register_analyses(self, registry):
        registry.add(_analysis())


class RaisingPlugin:
    @hookimpl
    def newslens_register_analyses(self, registry):
        registry.add(_analysis("half.v1"))
        raise RuntimeError("broken registration")


class TypoPlugin:
    @hookimpl
    def newslens_register_analysis(self, registry):  # missing "es"
        registry.add(_analysis("typo.v1"))


def test_import_newslens_loads_no_plugin_machinery():
    code = "import newslens, sys; print('newslens.manager' in sys.modules, 'pandas' in sys.modules)"
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_each_call_builds_a_fresh_manager():
    one = get_plugin_manager(entry_points=False, plugins=[GoodPlugin()])
    two = get_plugin_manager(entry_points=False)
    assert "demo.v1" in one.analyses()
    assert "demo.v1" not in two.analyses()


def test_builtins_are_registered_as_plugins():
    pm = get_plugin_manager(entry_points=False)
    table = pm.plugin_table()
    builtins = table[table["source"] == "built-in"]
    assert set(builtins["name"]) == {"newslens.readers", "newslens.cleaners"}
    assert all(not errors for errors in builtins["errors"])
    assert ".txt" in pm.readers().extensions()
    assert len(pm.cleaners().pipeline()) >= 4


def test_raising_plugin_is_reported_and_skipped_and_others_work():
    pm = get_plugin_manager(
        entry_points=False, plugins=[("good", GoodPlugin()), ("bad", RaisingPlugin())]
    )
    analyses = pm.analyses()
    assert "demo.v1" in analyses
    assert "half.v1" not in analyses  # a failed registration loses its partial contribution
    table = pm.plugin_table().set_index("name")
    assert "broken registration" in table.loc["bad", "errors"][0]
    assert table.loc["good", "errors"] == []


def test_strict_mode_reraises():
    pm = get_plugin_manager(entry_points=False, plugins=[("bad", RaisingPlugin())], strict=True)
    with pytest.raises(PluginError, match="bad"):
        pm.analyses()


def test_misspelt_hook_is_rejected_naming_valid_hooks():
    pm = get_plugin_manager(entry_points=False, plugins=[("typo", TypoPlugin())])
    errors = pm.plugin_table().set_index("name").loc["typo", "errors"]
    assert "newslens_register_analysis" in errors[0]
    assert "newslens_register_analyses" in errors[0]
    assert "typo.v1" not in pm.analyses()


def test_duplicate_analysis_id_names_both_plugins():
    pm = get_plugin_manager(
        entry_points=False, plugins=[("first", GoodPlugin()), ("second", GoodPlugin())]
    )
    pm.analyses()
    errors = pm.plugin_table().set_index("name").loc["second", "errors"]
    assert "'first'" in errors[0] and "'second'" in errors[0]


def test_registry_rejects_wrong_types():
    from newslens.registry import AnalysisRegistry

    with pytest.raises(RegistrationError, match="expected a newslens Analysis"):
        AnalysisRegistry().add("numbers.v1")  # type: ignore[arg-type]


def _fake_distribution(tmp_path: Path, name: str, module_source: str, ep_name: str) -> None:
    """A distribution on sys.path with a newslens entry point, as pip would install it."""
    (tmp_path / f"{name}.py").write_text(textwrap.dedent(module_source))
    info = tmp_path / f"{name}-0.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.3\n")
    (info / "entry_points.txt").write_text(f"[newslens]\n{ep_name} = {name}\n")


@pytest.fixture
def fake_plugins(tmp_path, monkeypatch):
    _fake_distribution(
        tmp_path,
        "nl_fake_good",
        """
        from newslens import Analysis, hookimpl

        def extract(article):
            return [{"n": len(article.text)}]

        @hookimpl
        def newslens_register_analyses(registry):
            registry.add(
                Analysis(id="fakelen.v1", title="Length", extract=extract, columns={"n": "int64"})
            )
        """,
        "fakegood",
    )
    _fake_distribution(
        tmp_path, "nl_fake_broken", "raise ImportError('missing dependency xyz')\n", "fakebroken"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    for module in ("nl_fake_good", "nl_fake_broken"):
        sys.modules.pop(module, None)


def test_entry_point_plugins_load_and_import_failures_are_reported(fake_plugins):
    pm = get_plugin_manager()
    table = pm.plugin_table().set_index("name")
    assert table.loc["fakegood", "source"] == "entry point"
    assert table.loc["fakegood", "version"] == "0.3"
    assert table.loc["fakegood", "analyses"] == ["fakelen.v1"]
    assert "missing dependency xyz" in table.loc["fakebroken", "errors"][0]
    assert "fakelen.v1" in pm.analyses()


def test_allow_and_block_lists(fake_plugins, monkeypatch):
    monkeypatch.setenv("NEWSLENS_BLOCK_PLUGINS", "fakebroken")
    names = set(get_plugin_manager().plugin_table()["name"])
    assert "fakegood" in names and "fakebroken" not in names
    monkeypatch.delenv("NEWSLENS_BLOCK_PLUGINS")
    monkeypatch.setenv("NEWSLENS_PLUGINS", "fakebroken")
    names = set(get_plugin_manager().plugin_table()["name"])
    assert "fakebroken" in names and "fakegood" not in names


def test_strict_env_var_reraises_import_failure(fake_plugins, monkeypatch):
    monkeypatch.setenv("NEWSLENS_STRICT_PLUGINS", "1")
    with pytest.raises(PluginError, match="fakebroken"):
        get_plugin_manager()


def test_trace_env_var_prints_hook_calls(fake_plugins, monkeypatch, capsys):
    monkeypatch.setenv("NEWSLENS_TRACE_PLUGINS", "1")
    get_plugin_manager(plugins=[("good", GoodPlugin())]).analyses()
    err = capsys.readouterr().err
    assert "registered fakegood" in err
    assert "calling newslens_register_analyses of good" in err


def test_plugins_frame_lists_local_plugin():
    register = lambda registry: registry.add(_analysis("local.v1"))  # noqa: E731
    pm = get_plugin_manager(
        entry_points=False, plugins=[("mine", local_plugin(newslens_register_analyses=register))]
    )
    frame = newslens.plugins(pm)
    row = frame.set_index("name").loc["mine"]
    assert row["source"] == "local"
    assert row["hooks"] == ["newslens_register_analyses"]
    assert row["analyses"] == ["local.v1"]


def test_every_hook_is_documented_in_the_plugin_guide():
    guide = (Path(__file__).resolve().parents[1] / "docs" / "hooks.md").read_text(encoding="utf-8")
    for name in HOOK_NAMES:
        spec = getattr(hookspecs, name)
        signature = f"{name}{inspect.signature(spec)}".replace("'", "")
        assert signature in guide, f"docs/hooks.md lacks the exact signature {signature}"
        assert spec.__doc__ and "When called" in spec.__doc__ and "Return" in spec.__doc__


def test_hook_reference_page_is_current():
    import importlib.util

    docs = Path(__file__).resolve().parents[1] / "docs"
    spec = importlib.util.spec_from_file_location("render_hooks", docs / "render_hooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (docs / "hooks.md").read_text(encoding="utf-8") == module.render(), (
        "docs/hooks.md is stale: run python docs/render_hooks.py"
    )


def test_a_command_replacing_a_core_or_another_plugins_command_is_refused(tmp_path):
    """A plugin may not take `analyze` (or another plugin's command): it is listed with an
    error naming both, and the core's command still runs."""
    from click.testing import CliRunner

    from newslens.cli import cli

    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "hijack.py").write_text(
        textwrap.dedent(
            """
            import click
            from newslens import hookimpl

            @hookimpl
            def newslens_register_commands(cli):
                @cli.command("analyze")
                def analyze():
                    click.echo("hijacked")

                @cli.command("fine")
                def fine():
                    click.echo("fine")
            """
        )
    )
    (plugins / "second.py").write_text(
        textwrap.dedent(
            """
            import click
            from newslens import hookimpl

            @hookimpl
            def newslens_register_commands(cli):
                @cli.command("stats")
                def stats():
                    click.echo("second")
            """
        )
    )
    (plugins / "third.py").write_text((plugins / "second.py").read_text().replace("second", "3"))
    runner = CliRunner()
    listing = runner.invoke(cli, ["--plugins-dir", str(plugins), "plugins"]).output
    assert "command 'analyze' is already provided by newslens (core)" in listing
    assert "command 'stats' is already provided by plugin 'second'" in listing
    result = runner.invoke(cli, ["--plugins-dir", str(plugins), "analyze"])
    assert "hijacked" not in result.output and "Missing argument" in result.output
    assert runner.invoke(cli, ["--plugins-dir", str(plugins), "stats"]).output == "second\n"
    # the refused plugin loses all its commands, not only the clashing one
    assert runner.invoke(cli, ["--plugins-dir", str(plugins), "fine"]).exit_code != 0


def test_a_plugin_named_like_an_installed_one_is_refused_naming_both(tmp_path, monkeypatch):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "numbers.py").write_text("from newslens import hookimpl\n")
    monkeypatch.setenv("NEWSLENS_PLUGINS_DIR", str(plugins))
    pm = newslens.get_plugin_manager()
    table = pm.plugin_table().set_index("name")
    assert "numbers.v1" in table.loc["numbers", "analyses"]  # the installed one stays
    (errors,) = [e for e in table["errors"] if e]
    assert "plugin name 'numbers'" in errors[0] and "newslens_numbers.plugin" in errors[0]


def test_plugins_dir_is_an_option_of_the_group_listed_in_help():
    from click.testing import CliRunner

    from newslens.cli import cli

    result = CliRunner().invoke(cli, ["--help"])
    assert "--plugins-dir DIR" in result.output
    bad = CliRunner().invoke(cli, ["--plugins-dir", "/no/such/dir", "plugins"])
    assert bad.exit_code == 2 and "does not exist" in bad.output


def test_public_names_are_listed_and_reachable():
    names = dir(newslens)
    for name in ("load", "analyze", "explore", "Store", "local_plugin", "manager", "AnalysisError",
                 "PluginError", "RegistrationError", "SchemaError", "ExtractorOutputError",
                 "PlanError", "AnalysisTimeout", "release_memory"):  # fmt: skip
        assert name in names
        assert getattr(newslens, name) is not None
    assert "Any" not in names and "TYPE_CHECKING" not in names
    assert newslens.manager.local_plugin is newslens.local_plugin
    assert issubclass(newslens.ExtractorOutputError, TypeError)
