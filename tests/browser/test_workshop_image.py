"""The workshop photo's scales are made on save; a visitor's view writes nothing."""

from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.namedfile.file import NamedBlobImage
from plone.scale.storage import IImageScaleStorage
from plone.scale.storage import ScalesDict
from rundtisch.policy.demo.image import pin_board_jpeg
from zope.component import getMultiAdapter
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent

import transaction


def render(workshop):
    return api.content.get_view("workshop_view", workshop, workshop.REQUEST)()


def scale_writes(workshop):
    """The scale stores the last page view changed (to be written)."""
    return [
        obj
        for obj in workshop._p_jar._registered_objects
        if isinstance(obj, ScalesDict)
    ]


def test_a_view_after_saving_the_photo_writes_no_scale(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    workshop = api.content.create(container=portal, type="Workshop", id="mit-foto")
    workshop.image = NamedBlobImage(data=pin_board_jpeg(), filename="foto.jpg")
    notify(ObjectModifiedEvent(workshop))  # what the edit form does
    transaction.commit()

    html = render(workshop)

    assert "@@images/image-" in html
    assert scale_writes(workshop) == []

    # Without the scales made on save, the same view writes them.
    getMultiAdapter((workshop, None), IImageScaleStorage).clear()
    transaction.commit()
    render(workshop)
    assert scale_writes(workshop) != []
    transaction.abort()
