"""The workshop day with the tools people really hold (issue 24): the QR code
of a real confirmation mail, read by zbar as a phone camera would, opens the
person on the Einlass page for the organiser; the Einlass page works with one
thumb at 390 px; the attendance list prints on A4 in German order.
Screenshots: test-artifacts/e2e/door-*.png.
"""

from review_pages import status_messages
from signup_http import post_signup

import json
import pytest
import re
import shutil
import subprocess


pytestmark = pytest.mark.e2e

WORKSHOP = "veranstaltungen/workshop-4"  # the demo's workshop with sign-up
PEOPLE = [
    ("Ayşe", "Öztürk", "ayse.oeztuerk@example.org"),
    ("Bernd", "Muster", "bernd.muster@example.org"),
    ("Jürgen", "Müller", "juergen.mueller@example.org"),
    ("Erika", "Wartmann", "erika.wartmann@example.org"),
    ("Olaf", "Ostermann", "olaf.ostermann@example.org"),
]
# A4 portrait at 96 dpi: 210 mm.
A4_WIDTH = 794


def confirmation_to(sink, email):
    return sink.wait_for(
        lambda m: email in m["To"] and m["Subject"].startswith("Anmeldung bestätigt")
    )


def decoded_qr_code(mail, tmp_path):
    """What zbarimg (Debian's zbar-tools) reads in the mail's QR image."""
    (image,) = [
        part
        for part in mail.iter_attachments()
        if part.get_content_type() == "image/png"
    ]
    path = tmp_path / image.get_filename()
    path.write_bytes(image.get_content())
    if shutil.which("zbarimg") is None:
        pytest.fail("Decoding QR codes needs scripts/install-browser.sh (zbar-tools).")
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"zbarimg read nothing: {result.stderr}"
    return result.stdout.strip()


def code_in(mail):
    body = mail.get_body(("plain",)).get_content()
    return re.search(r"Code für den Einlass: (\w{6})", body).group(1)


def no_sideways_scrolling(page, width):
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    wider = page.evaluate(
        """width => [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > width + 0.5)
        .slice(0, 5)
        .map(e => e.tagName + '#' + e.id + '.' + e.className + ' '
             + Math.round(e.getBoundingClientRect().right))""",
        width,
    )
    assert scroll_width <= width, f"{page.url} is {scroll_width} px wide: {wider}"
    return True


def focused_and_empty(page):
    return page.evaluate(
        "[document.activeElement && document.activeElement.id,"
        " document.getElementById('checkin-search').value]"
    ) == ["checkin-search", ""]


@pytest.fixture(scope="module")
def signed_up(portal_url, mail_sink):
    """Everyone of PEOPLE signed up through the form (once for this module);
    their confirmations."""
    sink, _port = mail_sink
    form_url = f"{portal_url}/{WORKSHOP}/anmeldung"
    for first, last, email in PEOPLE:
        answer = post_signup(
            form_url,
            email,
            **{"form.widgets.vorname": first, "form.widgets.nachname": last},
        )
        assert answer.status_code == 200
    return {email: confirmation_to(sink, email) for _first, _last, email in PEOPLE}


def test_the_door_with_a_phone(
    portal_url, signed_up, new_page, login, screenshot, tmp_path
):
    url = f"{portal_url}/{WORKSHOP}"
    einlass = f"{url}/@@einlass"

    # The QR code of Ayşe's real confirmation mail is a standard QR code of
    # the Einlass URL with her code.
    mail = signed_up["ayse.oeztuerk@example.org"]
    scanned = decoded_qr_code(mail, tmp_path)
    assert scanned == f"{einlass}?code={code_in(mail)}"

    # A stranger who scans it meets the login and learns nothing about her.
    phone = new_page("mobile")
    phone.goto(scanned)
    phone.wait_for_load_state()
    screenshot(phone, "door-01-scanned-without-login")
    assert "/login" in phone.url or phone.locator("#__ac_name").count()
    assert "Öztürk" not in phone.content()

    # The organiser logs in on that page and lands on Ayşe: one tap.
    phone.fill("#__ac_name", "veranstaltung")
    phone.fill("#__ac_password", "demo1234")
    phone.click("[name$='buttons.login']")
    phone.wait_for_load_state()
    assert phone.url.startswith(einlass), phone.url
    found = phone.locator(".rundtisch-checkin-found")
    assert "Ayşe Öztürk" in found.inner_text()
    screenshot(phone, "door-02-scanned-person")
    found.get_by_role("button", name="Anwesend").click()
    phone.wait_for_load_state()
    assert "Ayşe Öztürk ist als anwesend eingetragen." in status_messages(phone)
    assert "Anwesend: 1" in phone.inner_text(".rundtisch-checkin-count")

    # Three in a row at the door: by code, by name in another order, and
    # without umlauts. After each, the field is empty and has the focus.
    codes = {email: code_in(mail) for email, mail in signed_up.items()}
    for number, (query, name) in enumerate(
        (
            (codes["erika.wartmann@example.org"].lower(), "Erika Wartmann"),
            ("muster bernd", "Bernd Muster"),
            ("Muller", "Jürgen Müller"),
        ),
        start=2,
    ):
        assert focused_and_empty(phone)
        phone.keyboard.type(query)
        with phone.expect_navigation():
            phone.keyboard.press("Enter")
        found = phone.locator(".rundtisch-checkin-found li")
        assert found.count() == 1, (query, found.all_inner_texts())
        assert name in found.inner_text()
        with phone.expect_navigation():
            found.get_by_role("button", name="Anwesend").click()
        assert f"{name} ist als anwesend eingetragen." in status_messages(phone)
        assert f"Anwesend: {number}" in phone.inner_text(".rundtisch-checkin-count")
        assert focused_and_empty(phone)
        assert no_sideways_scrolling(phone, 390)
        screenshot(phone, f"door-0{number + 1}-checked-in-{number}")

    # The last one was a mistake: undo.
    last = phone.locator(".rundtisch-checkin-last")
    assert "Jürgen Müller" in last.inner_text() and "anwesend seit" in last.inner_text()
    badge = last.locator(".rundtisch-present-since").bounding_box()
    card = last.bounding_box()
    assert badge["x"] + badge["width"] <= card["x"] + card["width"]
    with phone.expect_navigation():
        last.get_by_role("button", name="doch nicht anwesend").click()
    assert "Jürgen Müller ist nicht mehr als anwesend eingetragen." in (
        status_messages(phone)
    )
    assert "Anwesend: 3" in phone.inner_text(".rundtisch-checkin-count")
    assert focused_and_empty(phone)
    # He can be found again and is no longer present.
    phone.keyboard.type("mueller")
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    found = phone.locator(".rundtisch-checkin-found li")
    assert found.get_by_role("button", name="Anwesend").count() == 1
    # By e-mail address, someone already present shows since when, with undo.
    phone.goto(f"{einlass}?q=ayse.oeztuerk%40example.org")
    found = phone.locator(".rundtisch-checkin-found li")
    assert "anwesend seit" in found.inner_text()
    assert found.get_by_role("button", name="doch nicht anwesend").count() == 1
    screenshot(phone, "door-06-present-by-email")
    assert no_sideways_scrolling(phone, 390)
    # The toolbar is no column beside the page: the content starts at the left.
    content = phone.locator("#content").bounding_box()
    assert content["x"] < 30, content

    # Without a QR reader in the browser (Chromium on Linux has none), the
    # camera button stays hidden: the typed code is the way.
    if not phone.evaluate("'BarcodeDetector' in window"):
        assert phone.locator("#checkin-scan").is_hidden()
    # The toolbar is a bar across the top of staff pages, not a column.
    phone.goto(url)
    toolbar = phone.locator("#edit-zone").bounding_box()
    assert toolbar["y"] < 1 and toolbar["width"] >= 380, toolbar
    assert phone.locator("#content").bounding_box()["x"] < 30
    assert no_sideways_scrolling(phone, 390)

    # The attendance list on the phone, then printed on A4: in German order
    # (Öztürk among the O), no column cut, no strip of the toolbar.
    phone.goto(f"{url}/@@anwesenheitsliste")
    screenshot(phone, "door-07-attendance-list-phone")
    assert no_sideways_scrolling(phone, 390)
    heading = phone.inner_text(".rundtisch-attendance-heading")
    assert "Workshop 4" in heading and "Rathaus Dresden" in heading
    assert re.search(r"\d{1,2}:\d{2} bis \d{1,2}:\d{2} Uhr", heading), heading
    paper = new_page()
    login(paper, "veranstaltung")
    paper.set_viewport_size({"width": A4_WIDTH, "height": 1123})
    paper.goto(f"{url}/@@anwesenheitsliste")
    paper.emulate_media(media="print")
    screenshot(paper, "door-08-attendance-list-a4")
    assert no_sideways_scrolling(paper, A4_WIDTH)
    names = paper.locator(".rundtisch-attendance-table tbody td:nth-child(2)")
    expected = ["Müller, Jürgen", "Muster, Bernd", "Ostermann, Olaf", "Öztürk, Ayşe"]
    listed = [
        name
        for name in names.all_inner_texts()
        if name in expected + ["Wartmann, Erika"]
    ]
    assert listed == [*expected, "Wartmann, Erika"]
    table = paper.locator(".rundtisch-attendance-table").bounding_box()
    assert table["x"] >= 0 and table["x"] + table["width"] <= A4_WIDTH
    assert table["x"] < 40, "a blank strip on the left of the printed page"
    # The sign-up list fits A4 too.
    paper.goto(f"{url}/@@anmeldungen")
    paper.emulate_media(media="print")
    screenshot(paper, "door-09-signup-list-a4")
    assert no_sideways_scrolling(paper, A4_WIDTH)
    table = paper.locator(".rundtisch-signup-table").bounding_box()
    assert table["x"] + table["width"] <= A4_WIDTH


# A phone whose browser reads QR codes (BarcodeDetector, as Chrome on
# Android): the camera and the detector are stood in for, the page's own
# script (einlass.js, under the portal's CSP) does the rest.
FAKE_CAMERA = """
window.BarcodeDetector = class {
  static getSupportedFormats() { return Promise.resolve(["qr_code"]); }
  detect() { return Promise.resolve([{ rawValue: %s }]); }
};
const fakeCamera = () => {
  const canvas = document.createElement("canvas");
  canvas.width = 40;
  canvas.height = 40;
  canvas.getContext("2d").fillRect(0, 0, 40, 40);
  return Promise.resolve(canvas.captureStream(5));
};
if (navigator.mediaDevices) {
  navigator.mediaDevices.getUserMedia = fakeCamera;
} else {
  Object.defineProperty(navigator, "mediaDevices", {
    value: { getUserMedia: fakeCamera },
  });
}
"""


def test_the_camera_reads_the_qr_code_on_the_einlass_page(
    portal_url, signed_up, new_page, login, screenshot, tmp_path
):
    mail = signed_up["olaf.ostermann@example.org"]
    scanned = decoded_qr_code(mail, tmp_path)
    phone = new_page("mobile")
    login(phone, "veranstaltung")
    phone.context.add_init_script(FAKE_CAMERA % json.dumps(scanned))
    errors = []
    phone.on("console", lambda m: m.type == "error" and errors.append(m.text))
    phone.goto(f"{portal_url}/{WORKSHOP}/@@einlass")
    scan = phone.get_by_role("button", name="QR-Code mit der Kamera lesen")
    with phone.expect_navigation():
        scan.click()
    screenshot(phone, "door-10-scanned-with-the-camera")
    found = phone.locator(".rundtisch-checkin-found li")
    assert found.count() == 1 and "Olaf Ostermann" in found.inner_text()
    # One tap: the button has the focus, Enter or a tap checks him in.
    assert phone.evaluate("document.activeElement.textContent.trim()") == "Anwesend"
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert "Olaf Ostermann ist als anwesend eingetragen." in status_messages(phone)
    assert not [error for error in errors if "Content Security Policy" in error]


def test_staff_see_the_toolbar_as_a_bar_on_top_of_a_phone(
    portal_url, new_page, login, screenshot
):
    """Not a 60 px column beside every staff page: a bar on top whose menus
    open inside the screen."""
    phone = new_page("mobile")
    login(phone, "redaktion")
    phone.goto(f"{portal_url}/veranstaltungen")
    toolbar = phone.locator("#edit-zone").bounding_box()
    assert toolbar["y"] < 1 and toolbar["width"] >= 380, toolbar
    assert phone.locator("#content").bounding_box()["x"] < 30
    assert no_sideways_scrolling(phone, 390)
    phone.click("#plone-contentmenu-factories > a")
    menu = phone.locator("#plone-contentmenu-factories .dropdown-menu")
    menu.wait_for(state="visible")
    screenshot(phone, "door-11-toolbar-menu-on-a-phone")
    box = menu.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    assert box["y"] >= toolbar["y"], box
