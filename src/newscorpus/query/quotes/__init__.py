"""Direct quotes in articles and who said them: quotation marks, reporting cues and speakers.

:mod:`~newscorpus.query.quotes.find` finds the quotes, :mod:`~newscorpus.query.quotes.speakers`
reads the cue and the speaker beside each, :mod:`~newscorpus.query.quotes.cues` holds their word
lists.

Example:
    >>> from newscorpus.article import Article
    >>> art = Article(id="a1", text='“We will not give in,” Kara cautioned.')
    >>> [(q.text, q.speaker) for q in quotes([art])]
    [('We will not give in', 'Kara')]
"""

from .find import Quote, quotes, quotes_in

__all__ = ["Quote", "quotes", "quotes_in"]
