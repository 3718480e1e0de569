"""The workshop page's photo, scaled when it is saved.

plone.namedfile makes a scale on first use: the first visitors of a newly
published workshop would each write the scale (and its HiDPI variants) into
the workshop's annotations, and a rush of them conflicts past ZODB's retries
(HTTP 500). Making the page's scales when the editor saves the photo leaves
nothing to write on a visitor's read.
"""

from Acquisition import aq_base
from plone.scale.storage import IImageScaleStorage
from zope.component import getMultiAdapter
from zope.globalrequest import getRequest


# The scale the workshop page shows (browser/workshop_view.py).
PAGE_SCALE = "great"
IMAGE_FIELD = "image"


def image_scaling(workshop, request=None):
    return getMultiAdapter((workshop, request or getRequest()), name="images")


def make_page_scales(workshop, event=None):
    """Subscriber (added, modified): the page's scales, with their data."""
    if getattr(aq_base(workshop), IMAGE_FIELD, None) is None or getRequest() is None:
        return
    # What the page's <img> asks for: the scale and its srcset variants ...
    page_scale = image_scaling(workshop).scale(IMAGE_FIELD, scale=PAGE_SCALE, pre=True)
    if page_scale is None:
        return
    # ... generated now, as the first request for each image would.
    storage = getMultiAdapter((workshop, None), IImageScaleStorage)
    for uid in (page_scale.uid, *(variant["uid"] for variant in page_scale.srcset)):
        storage.get_or_generate(uid)
