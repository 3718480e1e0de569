"""The sign-up list for spreadsheets: CSV for German Excel (`;`, UTF-8 with
BOM) and XLSX (openpyxl, which easyform uses for its own export), both with
German headings, Ja/Nein and formula-safe cells.

easyform's own CSV is comma-separated without BOM (German Excel puts every
row into one cell and garbles umlauts) and writes `True`.
"""

from openpyxl import Workbook
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
YES = _("yes", default="Ja")
NO = _("no", default="Nein")


def table(workshop, request):
    """(headings, rows of cells) of the sign-up list, in German."""

    def german(message):
        return translate(message, context=request)

    def cell(row, key):
        value = row[key]
        if isinstance(value, bool):
            return german(YES if value else NO)
        if key == "status":
            return german(STATUS_LABELS.get(value, value))
        return neutralize_formula("" if value is None else str(value))

    headings = [german(title) for _key, title in COLUMNS]
    return headings, [
        [cell(row, key) for key, _title in COLUMNS] for row in signups(workshop)
    ]


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
        headings, rows = table(self.context, self.request)
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Anmeldungen"
        sheet.append(headings)
        for row in rows:
            sheet.append(row)
        out = io.BytesIO()
        workbook.save(out)
        download(
            self.request.response,
            f"anmeldungen-{self.context.getId()}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        return out.getvalue()
