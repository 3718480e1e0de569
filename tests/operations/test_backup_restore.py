"""`make backup` -> wipe -> `make restore` brings content, blobs and sign-ups back."""

from server_processes import ADMIN
from server_processes import BIN
from server_processes import Instance
from server_processes import REPO
from server_processes import running
from workshop_signups import counters
from workshop_signups import create_reviewers
from workshop_signups import publish_workshop
from workshop_signups import saved_sign_ups
from workshop_signups import sign_up

import base64
import io
import PIL.Image
import pytest
import requests
import shutil
import subprocess


WORKSHOP_PATH = "workshop"
JSON = {"Accept": "application/json", "Content-Type": "application/json"}


def png_bytes():
    buffer = io.BytesIO()
    PIL.Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def backup_script(instance, action):
    subprocess.run(
        [BIN / "python", REPO / "scripts" / "backup.py", action],
        env=instance.environ,
        cwd=REPO,
        check=True,
        capture_output=True,
    )


def post(instance, payload, path=""):
    response = requests.post(
        f"{instance.site_url}/{path}".rstrip("/"),
        json=payload,
        headers=JSON,
        auth=ADMIN,
        timeout=60,
    )
    assert response.status_code == 201, response.text


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    instance = Instance(tmp_path_factory.mktemp("backup"), "a", {})
    instance.create_site()
    return instance


def test_round_trip_brings_back_content_blobs_and_sign_ups(instance):
    image = png_bytes()
    with running([instance]):
        create_reviewers(instance)
        publish_workshop(instance, "workshop", capacity=1)
        assert sign_up(instance, "workshop", "erika@example.org") == "confirmed"
        assert sign_up(instance, "workshop", "max@example.org") == "waitlisted"
        post(
            instance,
            {"@type": "Document", "id": "vorher", "title": "Vor der Sicherung"},
        )
        post(
            instance,
            {
                "@type": "Image",
                "id": "foto",
                "title": "Foto: NWID",
                "alt_text": "Ein Testbild",
                "image": {
                    "data": base64.b64encode(image).decode(),
                    "encoding": "base64",
                    "filename": "foto.png",
                    "content-type": "image/png",
                },
            },
            # Images live inside reviewed content, here the workshop.
            path=WORKSHOP_PATH,
        )
    backup_script(instance, "backup")
    # A second, incremental backup after more changes.
    with running([instance]):
        post(instance, {"@type": "Document", "id": "nachher", "title": "Danach"})
    backup_script(instance, "backup")

    shutil.rmtree(instance.var / "filestorage")
    shutil.rmtree(instance.var / "blobstorage")
    backup_script(instance, "restore")

    with running([instance]):
        for page in ("vorher", "nachher"):
            url = f"{instance.site_url}/{page}"
            assert requests.get(url, auth=ADMIN, timeout=30).status_code == 200
        download = requests.get(
            f"{instance.site_url}/{WORKSHOP_PATH}/foto/@@download/image",
            auth=ADMIN,
            timeout=30,
        )
        assert download.status_code == 200
        assert download.content == image
        assert saved_sign_ups(instance, "workshop") == (
            {"erika@example.org": "confirmed", "max@example.org": "waitlisted"},
            2,
        )
        assert counters(instance, "workshop") == (1, 1)
        # The restored e-mail index still knows the address: a second
        # sign-up books nothing and gets the neutral answer.
        assert sign_up(instance, "workshop", "erika@example.org") == (
            "already signed up"
        )


def test_restore_refuses_while_the_server_runs(instance):
    with running([instance]):
        result = subprocess.run(
            [BIN / "python", REPO / "scripts" / "backup.py", "restore"],
            env=instance.environ,
            cwd=REPO,
            capture_output=True,
            text=True,
        )
    assert result.returncode != 0
    assert "stop the server" in result.stderr
