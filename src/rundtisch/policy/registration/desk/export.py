"""The sign-up list for spreadsheets: CSV for German Excel (`;`, UTF-8 with
BOM) and XLSX (openpyxl, which easyform uses for its own export).

A column for every question of the form, headed by its label in the form's
order (removed questions keep theirs, data/answers.py), then status, place
on the waiting list, attendance and time of sign-up; Ja/Nein for yes/no and
no cell a spreadsheet would run as a formula. easyform's own download of the
saved data leads here (booking/action.py): one export of the list.
"""

from datetime import datetime
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from Products.Five import BrowserView
from rundtisch.policy import _
from rundtisch.policy.registration.data import statuses
from rundtisch.policy.registration.data.answers import answer_text
from rundtisch.policy.registration.data.rows import COLUMN_TITLES
from rundtisch.policy.registration.data.rows import REGISTERED_COLUMN
from rundtisch.policy.registration.data.rows import STATUS_COLUMN
from rundtisch.policy.registration.data.validators import neutralize_formula
from rundtisch.policy.registration.desk.signup_table import SignupTable
from zope.i18n import translate

import csv
import io


# German Excel reads semicolon-separated files.
CSV_DELIMITER = ";"
# Our columns after the answers: (key of a listing entry, heading).
BOOKING_COLUMNS = (
    ("status", COLUMN_TITLES[STATUS_COLUMN]),
    ("place", _("signups_column_place", default="Platz auf der Warteliste")),
    ("attended", _("signups_column_attended", default="Anwesend")),
    ("registered", COLUMN_TITLES[REGISTERED_COLUMN]),
)
# Spreadsheet cells: German date format, widths in characters.
DATE_FORMAT = "DD.MM.YYYY HH:MM"
DATE_WIDTH = 16
MIN_WIDTH = 8
MAX_WIDTH = 50


def table(workshop, request, typed=False):
    """(headings, rows of cells) of the sign-up list, in German.

    `typed`: the sign-up moment as a naive Berlin datetime (a spreadsheet's
    date cell; XLSX knows no time zones), not as text.
    """

    def text(value):
        value = translate(answer_text(value), context=request)
        return neutralize_formula(value)

    def booking_cell(entry, key):
        value = entry[key]
        if key == "registered" and typed:
            moment = entry["registered_moment"]
            return moment.replace(tzinfo=None) if moment else None
        if key == "status":
            return translate(statuses.label(value), context=request)
        return text(value)

    signups = SignupTable(workshop)
    headings = [
        *(neutralize_formula(label) for _name, label in signups.questions),
        *(translate(title, context=request) for _key, title in BOOKING_COLUMNS),
    ]
    rows = [
        [
            *(text(entry["row"].get(name)) for name, _label in signups.questions),
            *(booking_cell(entry, key) for key, _title in BOOKING_COLUMNS),
        ]
        for entry in signups.rows
    ]
    return headings, rows


def column_width(cells):
    """Characters wide enough for the longest line of a column (capped)."""
    longest = max(
        (
            DATE_WIDTH
            if isinstance(value, datetime)
            else max(len(line) for line in str(value or "").splitlines() or [""])
            for value in cells
        ),
        default=0,
    )
    return min(max(longest + 2, MIN_WIDTH), MAX_WIDTH)


def download(response, filename, content_type):
    response.setHeader("Content-Type", content_type)
    response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
    response.setHeader("Cache-Control", "no-store")


class SignupExportView(BrowserView):
    """``@@anmeldungen.csv``"""

    def __call__(self):
        headings, rows = table(self.context, self.request)
        out = io.StringIO()
        writer = csv.writer(out, delimiter=CSV_DELIMITER)
        writer.writerow(headings)
        writer.writerows(rows)
        download(
            self.request.response,
            f"anmeldungen-{self.context.getId()}.csv",
            "text/csv; charset=utf-8",
        )
        return "\ufeff" + out.getvalue()


class SignupSpreadsheetView(BrowserView):
    """``@@anmeldungen.xlsx``"""

    def __call__(self):
        headings, rows = table(self.context, self.request, typed=True)
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Anmeldungen"
        sheet.append(headings)
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column in sheet.iter_cols(min_row=2):
            for cell in column:
                if isinstance(cell.value, datetime):
                    cell.number_format = DATE_FORMAT
        for index, cells in enumerate(zip(headings, *rows, strict=True), start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column_width(
                cells
            )
        # The headings stay in view while scrolling, and filter the list.
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
        out = io.BytesIO()
        workbook.save(out)
        download(
            self.request.response,
            f"anmeldungen-{self.context.getId()}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        return out.getvalue()
