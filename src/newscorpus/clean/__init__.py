"""Boilerplate cleaning: rules that name boilerplate, and the decision that finds the body.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> result = classify(text_to_blocks("Share this\\n\\n" + "The bridge reopened today after repairs. " * 3))
    >>> [v.rule for v in result.verdicts.values()]
    ['share-prompt']
"""

from .classify import Classified, classify, reads_as_body
from .dom import dom_boilerplate
from .language import guess_language, stopword_density, stopwords
from .learned import LEARNED_RULE, BoilerplateModel, SiteTemplate, TemplateOptions, TemplateRule
from .phrases import LANGUAGES, PhraseBook, load_phrases, phrase_book
from .repeats import repeated_blocks
from .rules import DEFAULT_RULES, Page, Rule, Verdict, apply_rules, is_sentence_like
from .sites import fingerprint, site_key

__all__ = [
    "DEFAULT_RULES",
    "LANGUAGES",
    "LEARNED_RULE",
    "BoilerplateModel",
    "Classified",
    "Page",
    "PhraseBook",
    "Rule",
    "SiteTemplate",
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
