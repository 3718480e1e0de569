"""E-mail notices without an account: new workshops and results (issue 17)."""
