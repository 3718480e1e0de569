"""The portal's look: Barceloneta adapted (CSS bundle, header, footer, front page)."""
