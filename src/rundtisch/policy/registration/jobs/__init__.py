"""Timed jobs of the sign-up: reminders and the retention purge, and the
views through which cron asks the running site for them (views.py)."""
