"""The sign-up list as CSV for German Excel: `;`, UTF-8 with BOM, Ja/Nein.

easyform's own export is comma-separated without BOM (German Excel puts
every row into one cell and garbles umlauts) and writes `True`.
"""

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


class SignupExportView(BrowserView):
    def __call__(self):
        def german(message):
            return translate(message, context=self.request)

        def cell(row, key):
            value = row[key]
            if isinstance(value, bool):
                return german(YES if value else NO)
            if key == "status":
                return german(STATUS_LABELS.get(value, value))
            return neutralize_formula("" if value is None else str(value))

        out = io.StringIO()
        writer = csv.writer(out, delimiter=CSV_DELIMITER)
        writer.writerow([german(title) for _key, title in COLUMNS])
        for row in signups(self.context):
            writer.writerow([cell(row, key) for key, _title in COLUMNS])
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader(
            "Content-Disposition",
            f'attachment; filename="anmeldungen-{self.context.getId()}.csv"',
        )
        response.setHeader("Cache-Control", "no-store")
        return "\ufeff" + out.getvalue()
