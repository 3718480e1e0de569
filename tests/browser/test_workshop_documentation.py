"""After the workshop (issue 13): the attendance count and the minutes,
slides and photos kept in it, on the page and in REST."""

from plone import api
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.file import NamedBlobImage
from plone.restapi.interfaces import ISerializeToJson
from rundtisch.policy.demo.image import pin_board_jpeg
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from zope.component import getMultiAdapter
from zope.interface import alsoProvides


def render(workshop):
    return api.content.get_view("workshop_view", workshop, workshop.REQUEST)()


def documentation(html):
    return html.split('id="workshop-documentation"')[1].split("</section>")[0]


def test_nothing_to_show_before(workshop):
    assert "workshop-documentation" not in render(workshop)


def test_entered_count_and_files_are_shown(workshop):
    workshop.attendance_count = 42
    api.content.create(
        container=workshop,
        type="File",
        id="protokoll",
        title="Protokoll des Workshops",
        file=NamedBlobFile(b"%PDF-1.4", filename="protokoll.pdf"),
    )
    section = " ".join(documentation(render(workshop)).split()).replace(" >", ">")
    assert "Teilnehmende: <strong>42</strong>" in section
    assert "Protokoll des Workshops" in section
    # on its own page inside the site, with type and size
    assert f'href="{workshop.absolute_url()}/protokoll/view">' in section
    assert "(PDF, 1 KB)" in section


def test_photos_form_a_gallery_with_their_alternative_text(workshop):
    """Issue 25: photos were not shown, and had no alternative text."""
    api.content.create(
        container=workshop,
        type="Image",
        id="pinnwand",
        title="Pinnwand",
        alt_text="Teilnehmende sortieren Karten an einer Pinnwand.",
        image=NamedBlobImage(pin_board_jpeg(), filename="pinnwand.jpg"),
    )
    section = " ".join(documentation(render(workshop)).split())
    assert 'alt="Teilnehmende sortieren Karten an einer Pinnwand."' in section
    assert f"{workshop.absolute_url()}/pinnwand/@@images/image/preview" in section
    assert f'href="{workshop.absolute_url()}/pinnwand/view"' in section


def test_a_photo_asks_for_its_alternative_text(workshop):
    """The Image add form has a required field for it."""
    fti = api.portal.get_tool("portal_types")["Image"]
    assert "rundtisch.alt_text" in fti.behaviors
    from rundtisch.policy.behaviors.alt_text import IAltText

    assert IAltText["alt_text"].required


def test_rest_carries_the_count(workshop):
    workshop.attendance_count = 42
    alsoProvides(workshop.REQUEST, IRundtischPolicyLayer)
    serializer = getMultiAdapter((workshop, workshop.REQUEST), ISerializeToJson)
    assert serializer()["attendance"] == 42
