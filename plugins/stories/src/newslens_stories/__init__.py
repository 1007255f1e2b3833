"""newslens-stories: group a corpus by event, then compare each story's figures, claims and
dates across its outlets.

Four corpus-level analyses, each a pure ``combine(inputs, articles)`` over other analyses'
frames (read through their versioned columns, never by importing another plugin):
``stories.v1`` (which articles report one event), ``story.figures.v1`` (numbers.v1 per story),
``story.claims.v1`` (stance.attributions.v1 per story) and ``story.timeline.v1`` (timeline.v1
per story).
"""

from newslens_stories.stories import group_stories

__all__ = ["group_stories"]
