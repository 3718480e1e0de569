"""Published sample content over the functional layer's WSGI server."""

from sample_content import create_sample_content

import pytest
import transaction


@pytest.fixture(scope="class")
def sample(functional_portal_class):
    items = create_sample_content(functional_portal_class)
    transaction.commit()
    return items


@pytest.fixture(scope="class")
def portal_url(functional_portal_class):
    return functional_portal_class.absolute_url()
