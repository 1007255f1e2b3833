import newslens_exclaim

from newslens.testing import run_analysis


def test_plugin_is_listed(make_plugin_manager):
    pm = make_plugin_manager(newslens_exclaim)
    assert "exclaim.v1" in pm.analyses()


def test_finds_exclamations(make_plugin_manager, newslens_corpus):
    pm = make_plugin_manager(newslens_exclaim)
    frame = newslens_corpus.assign(text=["Calm report.", "What a day! Really.", "None"])
    findings = run_analysis("exclaim.v1", frame, pm)
    assert findings["text"].tolist() == ["What a day!"]
