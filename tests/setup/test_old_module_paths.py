"""Names stored before registration/ and operations/ had sub-packages still
resolve, in a fresh process as the ZODB or a paste loader meets them:
pickled sign-up rows, books and the login throttle's plugin, and the WSGI
filters a zope.ini rendered then names."""

import pytest
import subprocess
import sys


OLD_NAMES = [
    ("rundtisch.policy.registration.book", "RegistrationBook"),
    ("rundtisch.policy.registration.book", "SeatCounter"),
    ("rundtisch.policy.registration.rows", "SignupRow"),
    ("rundtisch.policy.operations.login_throttle", "LoginThrottlePlugin"),
    ("rundtisch.policy.operations.head", "filter_factory"),
    ("rundtisch.policy.operations.headers", "filter_factory"),
    ("rundtisch.policy.operations.compression", "filter_factory"),
]
# Unpickle a reference to the class by its old module path (protocol 0 names
# module and class as text), as the ZODB does, first thing in the process.
PROBE = """
import pickle, sys
module, name = sys.argv[1:]
found = pickle.loads(f"c{module}\\n{name}\\n.".encode())
print(found.__module__, found.__name__)
"""


@pytest.mark.parametrize(("module", "name"), OLD_NAMES)
def test_an_old_name_resolves_in_a_fresh_process(module, name):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, module, name],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    new_module, found = result.stdout.split()
    assert found == name
    assert new_module != module  # it moved; the old name leads to it
