"""HTTP caching (docs/design.md §7): rulesets, ETag components and proxy purges;
the settings are the caching profile (profiles/caching/)."""
