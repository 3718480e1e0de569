"""Timed jobs of the sign-up, run by cron (operations/jobs.py): reminders and
the retention purge."""
