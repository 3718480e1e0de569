"""The pages a public body's site must have: Impressum, Datenschutzerklärung,
Erklärung zur Barrierefreiheit and Leichte Sprache (docs/design.md)."""
