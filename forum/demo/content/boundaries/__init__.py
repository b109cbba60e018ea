"""Boundary pages: each organization's mandate, what it must, must not and can do.

``basis`` is 'explicit' when the statement rests on a written rule (``source`` names it) and
'practice' when it is the organization's own interpretation or working practice (``source``
is then None). Legal references are given at the level of detail we are sure of; where a
paragraph number was uncertain only the act is named, or the statement is marked as practice.

``review_due_days`` is an offset from today: negative means the review is overdue.
Page titles come from ``wiki.BOUNDARY_TITLE_FORMAT``.
"""

from forum.demo.content.boundaries import (
    arbetsformedlingen,
    association,
    forsakringskassan,
    norrkop,
    region,
    sjoby,
)

BOUNDARY_PAGES = {
    "samordningsforbundet-alvdalen": association.PAGE,
    "forsakringskassan": forsakringskassan.PAGE,
    "arbetsformedlingen": arbetsformedlingen.PAGE,
    "region-alvland": region.PAGE,
    "norrkop-socialtjanst": norrkop.PAGE,
    "sjoby-socialtjanst": sjoby.PAGE,
}
