"""The generated zope.conf is what Zope reads (instance/write_config.py)."""

from server_processes import Instance
from Zope2.Startup.options import ZopeWSGIOptions

import pytest
import stat


def zope_conf(tmp_path, **environ):
    """Render the configuration and parse it with Zope's own schema."""
    instance = Instance(tmp_path, "a", environ)
    return ZopeWSGIOptions(str(instance.etc / "zope.conf"))().configroot


def test_requests_are_retried_five_times_after_a_conflict(tmp_path):
    assert zope_conf(tmp_path).max_conflict_retries == 5


@pytest.mark.parametrize("retries", [3, 10])
def test_conflict_retries_follow_the_environment(tmp_path, retries):
    config = zope_conf(tmp_path, MAX_CONFLICT_RETRIES=str(retries))
    assert config.max_conflict_retries == retries


def test_without_smtp_host_mail_goes_to_the_instance_folder(tmp_path):
    config = zope_conf(tmp_path)
    assert config.environment["MAIL_FOLDER"] == str(tmp_path / "a" / "var" / "mail")


def test_with_smtp_host_mail_goes_to_the_server(tmp_path):
    assert (
        "MAIL_FOLDER"
        not in zope_conf(tmp_path, SMTP_HOST="mail.example.org").environment
    )


def test_only_the_local_proxy_may_name_the_client_by_default(tmp_path):
    """X-Forwarded-For counts only from `make proxy` (TRUSTED_PROXIES), so
    nobody else can pose as another visitor to the login throttle."""
    assert zope_conf(tmp_path).trusted_proxies == ["127.0.0.1"]


def test_trusted_proxies_follow_the_environment(tmp_path):
    config = zope_conf(tmp_path, TRUSTED_PROXIES="10.0.0.5, 10.0.0.6")
    assert config.trusted_proxies == ["10.0.0.5", "10.0.0.6"]


def test_trusted_proxies_can_be_switched_off(tmp_path):
    assert not zope_conf(tmp_path, TRUSTED_PROXIES="off").trusted_proxies


def test_the_jobs_token_is_created_once_for_the_operator_only(tmp_path):
    config = zope_conf(tmp_path)
    token_file = tmp_path / "a" / "var" / "jobs-token"
    assert config.environment["JOBS_TOKEN_FILE"] == str(token_file)
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    token = token_file.read_text()
    zope_conf(tmp_path)  # written again, as every `make start` does
    assert token_file.read_text() == token
    assert zope_conf(tmp_path / "other").environment["JOBS_TOKEN_FILE"] != str(
        token_file
    )
    assert (tmp_path / "other" / "a" / "var" / "jobs-token").read_text() != token
