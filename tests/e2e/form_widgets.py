"""What an editor does with each kind of widget of a Plone add or edit form,
as helpers for the browser tests: open the tab a field sits in, type, tick,
choose, write in TinyMCE, add a row to a data grid, pick an item in the
content browser, choose a file.

Fields are named as z3c.form names them (`IWorkshop.focus`); the helpers
find `form.widgets.<name>` in the page.
"""

from io import BytesIO
from PIL import Image
from playwright.sync_api import expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

import re


# A cell of a data grid row: "<row>.widgets.<column>", ":list" for selects
# and checkboxes.
CELL = re.compile(r"^(?P<index>\w+)\.widgets\.(?P<column>\w+)(?::list)?$")


def widget(page, name, suffix=""):
    return page.locator(f"[name='form.widgets.{name}{suffix}']")


def reveal(page, locator):
    """Open the form tab ("Workshop", "Anmeldung", ...) that holds `locator`;
    Plone's autotoc pattern shows one fieldset at a time."""
    legend = locator.first.evaluate(
        "el => el.closest('fieldset')?.querySelector('legend')?.textContent.trim()"
    )
    if legend and not locator.first.is_visible():
        page.locator(".autotoc-nav a", has_text=legend).first.click()
    return locator


def fill(page, name, value):
    reveal(page, widget(page, name)).fill(value)


def choose(page, name, value):
    reveal(page, widget(page, name, ":list")).select_option(value)


def tick(page, name, values):
    """Tick exactly `values` in a list of checkboxes."""
    boxes = widget(page, name, ":list")
    reveal(page, boxes)
    for box in boxes.all():
        box.set_checked(box.get_attribute("value") in values)


def switch(page, name, on):
    """A single yes/no checkbox."""
    reveal(page, widget(page, name, ":list")).set_checked(on)


def value(page, name, suffix=""):
    return widget(page, name, suffix).input_value()


def ticked(page, name):
    return {
        box.get_attribute("value")
        for box in widget(page, name, ":list").all()
        if box.is_checked()
    }


def write_rich_text(page, name, text):
    """Replace the text of a TinyMCE field by typing into its editor."""
    field = page.locator(f"#formfield-form-widgets-{name.replace('.', '-')}")
    reveal(page, field.locator("textarea"))
    body = field.frame_locator("iframe").locator("body")
    body.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(text)


def grid_rows(page, name):
    """The filled rows of a data grid as [{column: value}], from the form's
    inputs (the template row TT and the empty auto-append row left out)."""
    prefix = f"form.widgets.{name}."
    rows = {}
    for element in page.locator(f"[name^='{prefix}']").all():
        cell_name = CELL.match(element.get_attribute("name")[len(prefix) :])
        if cell_name is None or cell_name["index"] == "TT":
            continue
        index, column = cell_name["index"], cell_name["column"]
        if element.get_attribute("type") == "checkbox":
            cell = element.is_checked()
        else:
            # An optional select's empty choice is z3c.form's "--NOVALUE--".
            cell = element.input_value().replace("--NOVALUE--", "")
        rows.setdefault(index, {})[column] = cell
    return [row for row in rows.values() if any(row.values())]


def fill_grid_row(page, name, cells, position=-1):
    """Fill a row of a data grid, by default the last one (the empty row the
    grid appends, which then appends the next); `cells` maps columns to
    values (str for text and selects, bool for checkboxes)."""
    grid = page.locator(f"#formfield-form-widgets-{name.replace('.', '-')}")
    reveal(page, grid.locator("table"))
    # Held as one element: typing into the last row makes the grid append
    # another, which a locator would move on to.
    row = (
        grid.locator("tr.datagridwidget-row:not(.datagridwidget-empty-row)")
        .nth(position)
        .element_handle()
    )
    for column, cell in cells.items():
        element = row.query_selector(
            f"[name$='.widgets.{column}'], [name$='.widgets.{column}:list']"
        )
        tag = element.evaluate("el => el.tagName + ':' + el.type")
        if tag.startswith("SELECT"):
            element.select_option(cell)
        elif tag.endswith(":checkbox"):
            element.set_checked(cell)
        else:
            element.fill(cell)


def add_grid_row(page, name, after=0):
    """Click "Zeile hinzufügen" on row `after`: a new row below it (the
    button of the empty last row is off while the row is empty)."""
    grid = page.locator(f"#formfield-form-widgets-{name.replace('.', '-')}")
    reveal(page, grid.locator("table"))
    before = grid.locator(
        "tr.datagridwidget-row:not(.datagridwidget-empty-row)"
    ).count()
    grid.locator(
        "tr.datagridwidget-row:not(.datagridwidget-empty-row) .dgf--row-add"
    ).nth(after).click()
    page.wait_for_function(
        "([selector, before]) => document.querySelectorAll(selector).length > before",
        arg=[
            f"#formfield-form-widgets-{name.replace('.', '-')} "
            "tr.datagridwidget-row:not(.datagridwidget-empty-row)",
            before,
        ],
    )


def open_content_browser(page, name):
    """Click "Auswählen" of a relation field; return the browser's panel."""
    field = page.locator(f"#formfield-form-widgets-{name.replace('.', '-')}")
    reveal(page, field.locator(".content-browser-wrapper"))
    field.locator(".content-browser-selected-items-wrapper a.btn").click()
    panel = page.locator("nav.content-browser")
    panel.wait_for()
    return panel


def pick_in_content_browser(page, name, path, title):
    """Choose the item `title` in the content browser of a relation field,
    browsing from the site root through the folder titles in `path`."""
    panel = open_content_browser(page, name)
    panel.locator(".levelToolbar button").first.click()  # the site root
    for level, folder in enumerate(path):
        column = panel.locator(".levelColumn").nth(level)
        column.locator(".contentItem", has_text=folder).first.locator(
            ".browseSub"
        ).click()
    column = panel.locator(".levelColumn").nth(len(path))
    column.locator(".contentItem", has_text=title).first.click()
    # A folderish item opens as the next level, with "<title> auswählen" on
    # top; any other item in a preview whose last button chooses it.
    folderish = panel.get_by_role("button", name=f"{title} auswählen")
    try:
        folderish.wait_for(timeout=3000)
    except PlaywrightTimeoutError:
        panel.locator("button", has_text="auswählen").last.click()
    else:
        folderish.click()
    page.locator("nav.content-browser").wait_for(state="detached")


def expect_related(page, name, title):
    """The relation field shows `title` among its chosen items (which the
    content browser loads after the page)."""
    field = page.locator(f"#formfield-form-widgets-{name.replace('.', '-')}")
    expect(field.locator(".content-browser-selected-items")).to_contain_text(title)


def png(width, height, colour, name="foto.png"):
    """A PNG photo as Playwright's set_input_files takes it."""
    buffer = BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return {"name": name, "mimeType": "image/png", "buffer": buffer.getvalue()}


def choose_file(page, name, upload):
    reveal(page, page.locator(f"input[type=file][name='form.widgets.{name}']"))
    page.set_input_files(f"input[type=file][name='form.widgets.{name}']", upload)


def image_size(page, url, field="image"):
    """(width, height) of the image the portal serves for `url`."""
    response = page.request.get(f"{url}/@@images/{field}")
    assert response.ok, (url, response.status)
    return Image.open(BytesIO(response.body())).size


def save(page):
    page.click("#form-buttons-save")
    page.wait_for_load_state()
    return page.url.split("?")[0].removesuffix("/view").rstrip("/")
