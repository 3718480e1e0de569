"""Cache headers over the real WSGI server (plone.app.caching, registry/caching.xml)."""

import requests
import transaction


JSON = {"Accept": "application/json"}


def get(url, **kwargs):
    return requests.get(url, timeout=30, **kwargs)


def revalidate(url, response, **kwargs):
    """Ask again with the ETag of `response`, as a browser or proxy would."""
    headers = {**kwargs.pop("headers", {}), "If-None-Match": response.headers["ETag"]}
    return get(url, headers=headers, **kwargs)


def assert_never_cached(response):
    assert response.status_code == 200
    cache_control = response.headers["Cache-Control"]
    assert "private" in cache_control
    assert "max-age=0" in cache_control
    assert "ETag" not in response.headers
    assert "Last-Modified" not in response.headers


class TestAnonymousReadsAreCacheable:
    def test_page_has_an_etag_and_revalidates_to_304(self, public_page):
        url = public_page.absolute_url()
        response = get(url)
        assert response.status_code == 200
        assert "must-revalidate" in response.headers["Cache-Control"]
        assert "ETag" in response.headers
        assert revalidate(url, response).status_code == 304

    def test_front_page_revalidates_to_304(self, functional_portal):
        url = functional_portal.absolute_url()
        response = get(url)
        assert "ETag" in response.headers
        assert revalidate(url, response).status_code == 304

    def test_rest_read_is_public_for_ten_seconds_with_an_etag(self, public_page):
        url = public_page.absolute_url()
        response = get(url, headers=JSON)
        assert response.status_code == 200
        cache_control = response.headers["Cache-Control"]
        assert "public" in cache_control
        assert "max-age=10" in cache_control
        assert response.headers["Vary"] == "Accept, Origin"  # Origin: CORS
        assert revalidate(url, response, headers=JSON).status_code == 304

    def test_a_change_gives_a_new_etag(self, public_page):
        url = public_page.absolute_url()
        before = get(url)
        public_page.title = "Neuer Titel"
        public_page.reindexObject()
        transaction.commit()
        after = revalidate(url, before)
        assert after.status_code == 200
        assert "Neuer Titel" in after.text


class TestLoggedInReadsAreNeverReused:
    def test_page_is_private_and_never_revalidates(self, public_page, owner_auth):
        url = public_page.absolute_url()
        response = get(url, auth=owner_auth)
        assert response.status_code == 200
        assert "private" in response.headers["Cache-Control"]
        assert "max-age=0" in response.headers["Cache-Control"]
        assert revalidate(url, response, auth=owner_auth).status_code == 200

    def test_rest_read_is_private(self, public_page, owner_auth):
        url = public_page.absolute_url()
        response = get(url, headers=JSON, auth=owner_auth)
        cache_control = response.headers["Cache-Control"]
        assert "private" in cache_control
        assert "public" not in cache_control
        assert "max-age=0" in cache_control
        again = revalidate(url, response, headers=JSON, auth=owner_auth)
        assert again.status_code == 200


class TestFormsAreNeverCached:
    def test_login_form(self, functional_portal):
        assert_never_cached(get(f"{functional_portal.absolute_url()}/login"))

    def test_edit_form(self, public_page, owner_auth):
        assert_never_cached(get(f"{public_page.absolute_url()}/edit", auth=owner_auth))

    def test_sign_up_form(self, signup_form):
        assert_never_cached(get(signup_form.absolute_url()))
