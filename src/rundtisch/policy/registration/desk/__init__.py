"""The organisers' desk: the sign-up list, Einlass and attendance, messages
to the participants, and the exports for spreadsheets."""
