"""Sign up over HTTP like a browser (helpers of the functional tests)."""

from concurrent.futures import ThreadPoolExecutor

import re
import requests
import threading


AUTHENTICATOR = re.compile(r'name="_authenticator" value="([0-9a-f]+)"')


def signup_data(email, **overrides):
    data = {
        "form.widgets.vorname": "Erika",
        "form.widgets.nachname": "Mustermann",
        "form.widgets.email": email,
        "form.widgets.organisation": "Wohnprojekt Hechtviertel",
        "form.widgets.rolle:list": "Wohnprojekt",
        "form.widgets.rolle-empty-marker": "1",
        "form.widgets.unterstuetzung:list": ["Barrierefreiheit"],
        "form.widgets.unterstuetzung-empty-marker": "1",
        "form.widgets.anmerkungen": "",
        "form.widgets.datenschutz:list": "selected",
        "form.widgets.datenschutz-empty-marker": "1",
        "protected_1": "",
        "form.buttons.submit": "Verbindlich anmelden",
    }
    data.update(overrides)
    return data


def post_signup(form_url, email, session=None, **overrides):
    """Sign up over HTTP like a browser: load the form, post it with its
    CSRF authenticator and the empty honeypot."""
    session = session or requests.Session()
    page = session.get(form_url, timeout=60)
    token = AUTHENTICATOR.search(page.text).group(1)
    data = signup_data(email, **overrides)
    data["_authenticator"] = token
    return session.post(form_url, data=data, timeout=60)


def authenticator(html):
    return AUTHENTICATOR.search(html).group(1)


def concurrent_sign_ups(url, count):
    """Load `count` forms, then post them all at the same moment."""
    sessions = [requests.Session() for _ in range(count)]
    pages = [session.get(url, timeout=60) for session in sessions]
    barrier = threading.Barrier(count)

    def submit(number):
        data = signup_data(f"person{number}@example.org")
        data["_authenticator"] = authenticator(pages[number].text)
        barrier.wait()
        return sessions[number].post(url, data=data, timeout=120)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(submit, range(count)))
