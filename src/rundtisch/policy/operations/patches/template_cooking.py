"""Page templates are compiled one at a time (docs/design.md §7).

Chameleon compiles a template on its first use in a process ("cooking":
parse, build Python AST, compile). After a deploy the cache directory
(``CHAMELEON_CACHE``) is empty, and the first visitors arrive together: the
worker threads compile the same templates at once. CPython 3.11.7 keeps the
depth counter of its AST conversion per interpreter, not per thread
(gh-106905, fixed in later releases), so two compilations at the same time can
fail with ``SystemError: AST constructor recursion depth mismatch``: the page
answers 500, or a viewlet manager leaves the broken viewlet out and the page
silently lacks it.

One lock around Chameleon's ``cook`` serialises compilation and nothing else:
a template is compiled once per process (or read from the cache), so the
lock is taken only while the caches fill. Every page template goes through
it: Zope's and Five's page templates compile through Chameleon as well.
"""

import threading


COOKING = threading.RLock()


def cook_one_at_a_time(self, body):
    """Replacement of ``chameleon.template.BaseTemplate.cook`` (applied with
    collective.monkeypatcher in configure.zcml)."""
    with COOKING:
        return self._old_cook(body)
