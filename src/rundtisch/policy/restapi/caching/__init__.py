"""Keep cached REST answers of workshops in step with their sign-ups."""
