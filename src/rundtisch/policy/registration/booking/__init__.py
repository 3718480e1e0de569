"""Seats and the waiting list: the easyform action that books a submission,
whether a workshop takes sign-ups, and its status and counts."""
