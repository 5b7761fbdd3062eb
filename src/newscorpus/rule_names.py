"""The names of the cleaning rules: what ``Verdict.rule`` and ``Removal.rule`` say about a block.

One constant per name, so code that emits or matches a rule name (the rules themselves, the
passes after the body run, the metadata readers) spells it once; :data:`ALL` holds every name,
and ``CleanOptions(disabled_rules=...)`` accepts only these. The rules that emit each name are
listed in ``newscorpus.clean.registry``.

This module sits at the bottom of the package: it imports nothing from newscorpus.

Example:
    >>> SHARE_PROMPT, SHARE_PROMPT in ALL
    ('share-prompt', True)
    >>> len(ALL)
    30
"""

from __future__ import annotations

__all__ = [
    "AD_DISCLOSURE",
    "ALL",
    "AUTHOR_BOX",
    "COMMENT_SECTION",
    "COMMENT_WIDGET",
    "COOKIE_NOTICE",
    "COPYRIGHT_LINE",
    "DOM_BOILERPLATE",
    "DONATION_APPEAL",
    "FIGURE_CAPTION",
    "FORM_ARTIFACT",
    "IMAGE_CAPTION",
    "LEARNED_TEMPLATE",
    "LEGAL_LINE",
    "LINK_DENSE",
    "MENU_LINE",
    "NAV_ITEM",
    "NAV_RUN",
    "NEWSLETTER_PROMPT",
    "NO_LETTERS",
    "OTHER_ARTICLE",
    "OUTSIDE_ARTICLE",
    "OUTSIDE_BODY",
    "PAGINATION",
    "RELATED_LIST",
    "REPEATED_BLOCK",
    "SHARE_PROMPT",
    "TEASER",
    "TIMESTAMP_LINE",
    "URL_LINE",
    "WIDGET_HEADING",
]

# Phrase rules (the phrase lists of newscorpus/data/phrases/<lang>.json).
SHARE_PROMPT = "share-prompt"
NEWSLETTER_PROMPT = "newsletter-prompt"
DONATION_APPEAL = "donation-appeal"
LEGAL_LINE = "legal-line"
COOKIE_NOTICE = "cookie-notice"
AD_DISCLOSURE = "ad-disclosure"
COMMENT_WIDGET = "comment-widget"
FORM_ARTIFACT = "form-artifact"
PAGINATION = "pagination"
NAV_ITEM = "nav-item"
WIDGET_HEADING = "widget-heading"

# Shape rules: what a line looks like.
COPYRIGHT_LINE = "copyright-line"
NO_LETTERS = "no-letters"
URL_LINE = "url-line"
MENU_LINE = "menu-line"
NAV_RUN = "nav-run"
IMAGE_CAPTION = "image-caption"
TIMESTAMP_LINE = "timestamp-line"
TEASER = "teaser"

# Boxes of other content: lists of other articles, author boxes, reader comments, repeats.
RELATED_LIST = "related-list"
AUTHOR_BOX = "author-box"
COMMENT_SECTION = "comment-section"
REPEATED_BLOCK = "repeated-block"

# Markup (HTML only).
DOM_BOILERPLATE = "dom-boilerplate"
FIGURE_CAPTION = "figure-caption"
LINK_DENSE = "link-dense"
OTHER_ARTICLE = "other-article"
OUTSIDE_ARTICLE = "outside-article"

# A site's own template, learned across a corpus (newscorpus.templates.BoilerplateModel).
LEARNED_TEMPLATE = "learned-template"

# The decision: what lies outside the article's run of body paragraphs.
OUTSIDE_BODY = "outside-body"

ALL: frozenset[str] = frozenset(
    {
        SHARE_PROMPT,
        NEWSLETTER_PROMPT,
        DONATION_APPEAL,
        LEGAL_LINE,
        COOKIE_NOTICE,
        AD_DISCLOSURE,
        COMMENT_WIDGET,
        FORM_ARTIFACT,
        PAGINATION,
        NAV_ITEM,
        WIDGET_HEADING,
        COPYRIGHT_LINE,
        NO_LETTERS,
        URL_LINE,
        MENU_LINE,
        NAV_RUN,
        IMAGE_CAPTION,
        TIMESTAMP_LINE,
        TEASER,
        RELATED_LIST,
        AUTHOR_BOX,
        COMMENT_SECTION,
        REPEATED_BLOCK,
        DOM_BOILERPLATE,
        FIGURE_CAPTION,
        LINK_DENSE,
        OTHER_ARTICLE,
        OUTSIDE_ARTICLE,
        LEARNED_TEMPLATE,
        OUTSIDE_BODY,
    }
)
"""Every rule name a cleaning verdict can carry."""
