"""Boilerplate cleaning: rules that name boilerplate, and the decision that finds the body.

The rules (``newscorpus.clean.rules``) and the passes of the decision
(``newscorpus.clean.passes``) are registered by name in :mod:`~newscorpus.clean.registry`;
:func:`classify` runs them. Learning a site's template across a corpus is
:class:`newscorpus.templates.BoilerplateModel`'s (above extraction); applying one to a page,
:class:`SiteTemplates`'.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> result = classify(text_to_blocks("Share this\\n\\n" + "The bridge reopened today after repairs. " * 3))
    >>> [v.rule for v in result.verdicts.values()]
    ['share-prompt']
"""

from .classify import Classified, classify, reads_as_body
from .language import guess_language, stopword_density, stopwords
from .page import Page, Verdict, is_sentence_like
from .phrases import LANGUAGES, PhraseBook, load_phrases, phrase_book
from .registry import (
    DEFAULT_RULES,
    PASSES,
    RULE_NAMES,
    RULES,
    NamedPass,
    NamedRule,
    Pass,
    Rule,
    apply_rules,
)
from .rules.dom import dom_boilerplate
from .rules.repeats import repeated_blocks
from .rules.site_templates import (
    LEARNED_RULE,
    SiteTemplate,
    SiteTemplates,
    TemplateOptions,
    TemplateRule,
)
from .run import BodyRun
from .sites import fingerprint, site_key

__all__ = [
    "DEFAULT_RULES",
    "LANGUAGES",
    "LEARNED_RULE",
    "PASSES",
    "RULES",
    "RULE_NAMES",
    "BodyRun",
    "Classified",
    "NamedPass",
    "NamedRule",
    "Page",
    "Pass",
    "PhraseBook",
    "Rule",
    "SiteTemplate",
    "SiteTemplates",
    "TemplateOptions",
    "TemplateRule",
    "Verdict",
    "apply_rules",
    "classify",
    "dom_boilerplate",
    "fingerprint",
    "guess_language",
    "is_sentence_like",
    "load_phrases",
    "phrase_book",
    "reads_as_body",
    "repeated_blocks",
    "site_key",
    "stopword_density",
    "stopwords",
]
