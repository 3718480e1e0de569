"""The sign-up list for spreadsheets: CSV for German Excel (`;`, UTF-8 with
BOM) and XLSX (openpyxl, which easyform uses for its own export), both with
German headings, Ja/Nein and formula-safe cells.

easyform's own CSV is comma-separated without BOM (German Excel puts every
row into one cell and garbles umlauts) and writes `True`.
"""

from datetime import datetime
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from Products.Five import BrowserView
from rundtisch.policy import _
from rundtisch.policy.registration.actions import CSV_DELIMITER
from rundtisch.policy.registration.mails import STATUS_LABELS
from rundtisch.policy.registration.signup_list import signups
from rundtisch.policy.registration.validators import neutralize_formula
from zope.i18n import translate

import csv
import io


COLUMNS = (
    ("first_name", _("signups_column_first_name", default="Vorname")),
    ("last_name", _("signups_column_last_name", default="Nachname")),
    ("email", _("signups_column_email", default="E-Mail")),
    ("organisation", _("signups_column_organisation", default="Organisation")),
    ("role", _("signups_column_role", default="Rolle")),
    ("support", _("signups_column_support", default="Unterstützung")),
    ("remarks", _("signups_column_remarks", default="Anmerkungen")),
    ("consent", _("signups_column_consent", default="Einwilligung Datenschutz")),
    ("status", _("signups_column_status", default="Status")),
    ("place", _("signups_column_place", default="Platz auf der Warteliste")),
    ("attended", _("signups_column_attended", default="Anwesend")),
    ("registered", _("signups_column_registered", default="Angemeldet am")),
)
# Spreadsheet cells: German date format, widths in characters.
DATE_FORMAT = "DD.MM.YYYY HH:MM"
DATE_WIDTH = 16
MIN_WIDTH = 8
MAX_WIDTH = 50
YES = _("yes", default="Ja")
NO = _("no", default="Nein")


def table(workshop, request, typed=False):
    """(headings, rows of cells) of the sign-up list, in German.

    `typed`: the sign-up moment as a naive Berlin datetime (a spreadsheet's
    date cell; XLSX knows no time zones), not as text.
    """

    def german(message):
        return translate(message, context=request)

    def cell(row, key):
        value = row[key]
        if typed and key == "registered":
            moment = row.get("registered_moment")
            return moment.replace(tzinfo=None) if moment else None
        if isinstance(value, bool):
            return german(YES if value else NO)
        if key == "status":
            return german(STATUS_LABELS.get(value, value))
        return neutralize_formula("" if value is None else str(value))

    headings = [german(title) for _key, title in COLUMNS]
    return headings, [
        [cell(row, key) for key, _title in COLUMNS] for row in signups(workshop)
    ]


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
