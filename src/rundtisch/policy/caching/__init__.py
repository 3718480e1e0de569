"""HTTP caching (docs/design.md §7): ruleset assignments; settings in registry/caching.xml."""
