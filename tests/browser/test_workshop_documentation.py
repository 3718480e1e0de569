"""After the workshop (issue 13): the attendance count and the minutes,
slides and photos kept in it, on the page and in REST."""

from plone import api
from plone.namedfile.file import NamedBlobFile
from plone.restapi.interfaces import ISerializeToJson
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
    assert f'href="{workshop.absolute_url()}/protokoll">' in section
    assert "(Datei)" in section


def test_rest_carries_the_count(workshop):
    workshop.attendance_count = 42
    alsoProvides(workshop.REQUEST, IRundtischPolicyLayer)
    serializer = getMultiAdapter((workshop, workshop.REQUEST), ISerializeToJson)
    assert serializer()["attendance"] == 42
