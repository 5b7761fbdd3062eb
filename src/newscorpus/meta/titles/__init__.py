"""Headlines of a page: the titles its markup gives, and which of them, or of its ``<h1>``
elements, to believe.

Example:
    >>> pick_title(["Bridge reopens"], ["Valley Courier"], sites=("Valley Courier",)).text
    'Bridge reopens'
"""

from .choose import TitlePick, pick_title
from .markup import strip_site_name

__all__ = ["TitlePick", "pick_title", "strip_site_name"]
