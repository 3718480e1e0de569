"""Page templates are compiled one at a time (operations/patches/template_cooking.py);
the rush of first views over a real instance is in test_first_views.py."""

from chameleon.template import BaseTemplate
from chameleon.zpt.template import PageTemplate
from concurrent.futures import ThreadPoolExecutor

import threading
import time


def test_templates_are_compiled_one_at_a_time(portal, monkeypatch):
    """Eight threads compiling eight new templates: never two at once."""
    compiling = []
    most = []
    guard = threading.Lock()
    unlocked_cook = BaseTemplate._old_cook

    def observed_cook(self, body):
        with guard:
            compiling.append(body)
            most.append(len(compiling))
        time.sleep(0.02)  # long enough for the others to come in
        try:
            return unlocked_cook(self, body)
        finally:
            with guard:
                compiling.remove(body)

    monkeypatch.setattr(BaseTemplate, "_old_cook", observed_cook)
    with ThreadPoolExecutor(8) as pool:
        templates = list(
            pool.map(lambda n: PageTemplate(f"<p>{n}: ${{n}}</p>"), range(8))
        )
    assert max(most) == 1
    assert [template(n=n) for n, template in enumerate(templates)] == [
        f"<p>{n}: {n}</p>" for n in range(8)
    ]
