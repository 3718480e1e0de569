"""`make backup` -> wipe -> `make restore` brings content and blobs back."""

from rundtisch.policy.testing_processes import ADMIN
from rundtisch.policy.testing_processes import BIN
from rundtisch.policy.testing_processes import Instance
from rundtisch.policy.testing_processes import REPO
from rundtisch.policy.testing_processes import running

import base64
import io
import PIL.Image
import pytest
import requests
import shutil
import subprocess


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


def post(instance, payload):
    response = requests.post(
        instance.site_url, json=payload, headers=JSON, auth=ADMIN, timeout=60
    )
    assert response.status_code == 201, response.text


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    instance = Instance(tmp_path_factory.mktemp("backup"), "a", {})
    instance.create_site()
    return instance


def test_round_trip_brings_back_content_and_blobs(instance):
    image = png_bytes()
    with running([instance]):
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
                "image": {
                    "data": base64.b64encode(image).decode(),
                    "encoding": "base64",
                    "filename": "foto.png",
                    "content-type": "image/png",
                },
            },
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
            f"{instance.site_url}/foto/@@download/image", auth=ADMIN, timeout=30
        )
        assert download.status_code == 200
        assert download.content == image


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
