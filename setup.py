"""Installer for the rundtisch.policy package."""

from pathlib import Path
from setuptools import find_namespace_packages
from setuptools import setup


long_description = Path("README.md").read_text(encoding="utf-8")

setup(
    name="rundtisch.policy",
    version="1.0.0.dev0",
    description=(
        "Policy add-on for the portal of the Runder Tisch Soziales Wohnen Dresden"
    ),
    long_description=long_description,
    long_description_content_type="text/markdown",
    classifiers=[
        "Environment :: Web Environment",
        "Framework :: Plone",
        "Framework :: Plone :: 6.2",
        "Framework :: Plone :: Addon",
        "Programming Language :: Python",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Operating System :: OS Independent",
        "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
    ],
    keywords="Python Plone CMS",
    author="Runder Tisch Soziales Wohnen Dresden",
    license="GPL version 2",
    packages=find_namespace_packages("src", include=["rundtisch.*"]),
    package_dir={"": "src"},
    include_package_data=True,
    zip_safe=False,
    python_requires=">=3.11",
    install_requires=[
        "Products.CMFPlone",
        "plone.api",
        "plone.app.caching",
        "plone.app.contenttypes",
        "plone.app.dexterity",
        "plone.app.event",
        "plone.app.iterate",
        "plone.app.registry",
        "plone.restapi",
        "plonetheme.barceloneta",
        "collective.easyform",
        "collective.honeypot",
        # Late patches in ZCML (operations/template_cooking.py).
        "collective.monkeypatcher",
        "collective.z3cform.datagridfield",
        "icalendar",
        "Pillow",
        # QR code of the personal check-in code in the confirmation mail.
        "segno",
        # The sign-up list as XLSX (also what easyform's own export uses).
        "openpyxl",
    ],
    extras_require={
        "test": [
            "plone.app.testing",
            "plone.testing",
            "pytest",
            "pytest-plone",
            "aiosmtpd",
            # Reads the RSS feeds as a feed reader would (tests/feeds).
            "feedparser",
            "playwright",
            "requests",
        ],
        "ops": [
            "ZEO",
            "RelStorage",
            "psycopg2-binary",
            "zc.buildout",
            "plone.recipe.zope2instance",
            "zc.recipe.egg",
        ],
        "dev": [
            "i18ndude",
            "ruff",
            "zpretty",
        ],
    },
    entry_points="""
    [z3c.autoinclude.plugin]
    target = plone
    """,
)
