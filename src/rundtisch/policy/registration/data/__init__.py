"""What a sign-up is and where it is kept; saved_data.py is the one gateway
to easyform's storage (docs/design.md §4)."""
