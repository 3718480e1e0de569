"""Operations (docs/design.md §7): health endpoint, mail settings from the environment."""
