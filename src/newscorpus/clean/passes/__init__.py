"""The passes of the decision that run once the rules have named boilerplate: how the body run is
carried over embeds and a closing list, widened to its container, and what the article's own
markup excuses or adds (:func:`stated_reach`: the lines its own statement vouches for). Each is
registered, named and ordered in :mod:`newscorpus.clean.registry`.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> sorted(outside_body(text_to_blocks("Menu\\n\\nThe story.\\n\\nFooter"), (1, 1), {}, [None] * 3))
    [0, 2]
"""

from .articles import other_articles
from .bios import author_bios
from .container import cover_container
from .embeds import extend_over_embeds
from .leads import lead_paragraphs, standfirst_paragraphs, with_leads
from .lists import extend_over_list, list_shape
from .outside import outside_body
from .stated import stated_reach
from .wrappers import pardon_page_wrapper, pardon_wrapper_words

__all__ = [
    "author_bios",
    "cover_container",
    "extend_over_embeds",
    "extend_over_list",
    "lead_paragraphs",
    "list_shape",
    "other_articles",
    "outside_body",
    "pardon_page_wrapper",
    "pardon_wrapper_words",
    "standfirst_paragraphs",
    "stated_reach",
    "with_leads",
]
