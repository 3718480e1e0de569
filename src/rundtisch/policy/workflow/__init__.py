"""The review by two departments (docs/design.md §3): what DCWorkflow XML cannot say."""

# Imported here so the module security of the guard functions is registered
# before a guard expression imports them through ``modules``.
from rundtisch.policy.workflow import guards  # noqa: F401
