"""HTTP caching (DESIGN.md §7): ruleset assignments; settings in registry/caching.xml."""
