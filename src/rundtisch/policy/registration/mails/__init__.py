"""The sign-up mails to participants and organisers, and the personal
check-in code they carry (docs/design.md §4)."""
