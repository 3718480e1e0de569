"""Over the real WSGI server, anonymously: each page shows the demo content,
styled, in German, with accessible structure."""

from html.parser import HTMLParser

import pytest
import requests


def get(portal, path):
    response = requests.get(f"{portal.absolute_url()}/{path}", timeout=60)
    assert response.status_code == 200, response.text[:2000]
    return response.text


class Outline(HTMLParser):
    """Headings (level, text) and images of a page."""

    def __init__(self):
        super().__init__()
        self.headings = []
        self.images = []
        self._level = None

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._level = int(tag[1])
            self.headings.append([self._level, ""])
        if tag == "img":
            self.images.append(dict(attrs))

    def handle_endtag(self, tag):
        if tag.startswith("h") and tag[1:].isdigit():
            self._level = None

    def handle_data(self, data):
        if self._level is not None:
            self.headings[-1][1] += data.strip()


def page(path):
    """A test class's `html` fixture: the page at `path`."""

    @pytest.fixture
    def html(self, demo_functional_portal):
        return get(demo_functional_portal, path)

    return html


def outline(html):
    parser = Outline()
    parser.feed(html)
    return parser


def assert_accessible_structure(html):
    page = outline(html)
    levels = [level for level, _text in page.headings]
    assert levels.count(1) == 1
    # No heading skips a level on the way down.
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    assert all("alt" in image for image in page.images)
    assert 'lang="de"' in html
    assert "++theme++barceloneta/css/barceloneta" in html
    assert "<main" in html


class TestWorkshopPage:
    html = page("veranstaltungen/workshop-3")

    def test_shows_date_place_focus_and_format_in_german(self, html):
        assert (
            '<time datetime="2024-04-29T15:00:00+02:00">Montag, 29. April 2024</time>'
            in html
        )
        assert "15:00 bis 18:00 Uhr" in html
        assert "Umsetzungsperspektive für die Koordinierungsstelle in Dresden" in html
        assert "Nummer in der Reihe" in html

    def test_shows_hosts_with_their_departments(self, html):
        assert "Dr. Klaudia Kristin Kaufmann" in html
        assert "Geschäftsbereich Arbeit, Soziales, Gesundheit und Wohnen" in html
        assert "Stephan Kühn" in html
        assert (
            "Geschäftsbereich Stadtentwicklung, Bau, Verkehr und Liegenschaften" in html
        )

    def test_shows_speaker_and_topic_titles(self, html):
        assert "Stadtverwaltung Leipzig" in html
        assert "Koordinierungsstelle</li>" in html
        assert "koordinierungsstelle</li>" not in html

    def test_shows_the_photo_with_alt_text_and_credit(self, html):
        images = [
            image
            for image in outline(html).images
            if "figure-img" in image.get("class", "")
        ]
        assert len(images) == 1  # Plone's lead image viewlet stays silent here
        assert html.count("<figure") == 1
        assert images[0]["alt"].startswith("Gesprächsrunde vor einer Pinnwand")
        assert '<figcaption class="figure-caption">Foto: NWID</figcaption>' in html

    def test_lists_the_published_results_it_produced(self, html):
        # Related from /ergebnisse, and kept inside the workshop.
        assert "Förderlandschaft ist schwer zu überblicken" in html
        assert "Von Leipzig lernen" in html
        # Still in review: not shown to visitors.
        assert "Trägerschaft und Finanzierung klären" not in html

    def test_has_accessible_structure(self, html):
        assert_accessible_structure(html)


class TestWorkshopListing:
    def test_separates_upcoming_from_past_ones(self, demo_functional_portal):
        html = get(demo_functional_portal, "veranstaltungen")
        upcoming, past = html.split('id="workshops-past"')
        assert "Kommende Veranstaltungen" in upcoming
        assert "Workshop 4: Erste Schritte" in upcoming
        assert "Workshop 3" not in upcoming
        # Past ones, the most recent first.
        titles = ("Workshop 3", "Workshop 2", "Workshop 1", "4. Runder Tisch")
        order = [past.index(title) for title in titles]
        assert order == sorted(order)
        assert_accessible_structure(html)


class TestResultsOverview:
    def test_lists_all_published_results_with_counts(self, demo_functional_portal):
        html = get(demo_functional_portal, "ergebnisse")
        assert "9 Ergebnisse gefunden." in html
        assert "Von Leipzig lernen" in html  # kept inside Workshop 3
        assert '<option value="inklusion">Inklusion (1)</option>' in html
        assert (
            '<label class="form-label" for="results-filter-topic">Thema</label>' in html
        )
        assert_accessible_structure(html)

    def test_filters_by_topic_and_kind(self, demo_functional_portal):
        html = get(
            demo_functional_portal,
            "ergebnisse?topic=gruppenbegleitung&kind=recommendation",
        )
        assert "2 Ergebnisse gefunden." in html
        assert "Inklusive Wohnprojekte gezielt unterstützen" in html
        assert "Gemeinschaftlich alt werden" in html
        assert "Gruppen brauchen verlässliche Begleitung" not in html
        assert 'value="recommendation" selected' in html


class TestOfficePage:
    html = page("koordinierungsstelle")

    def test_shows_mandate_tasks_requirements_status_and_milestones(self, html):
        for text in (
            "Auftrag",
            "Gruppen beraten und begleiten",
            "Fachliche Anforderungen",
            "Moderations- und Konfliktfähigkeit",
            "Aktuelle Phase:",
            '<time datetime="2022-06-07">7. Juni 2022</time>',
            "Leipzig",
        ):
            assert text in html

    def test_shows_the_chain_from_results_to_workshops(self, html):
        chain = html.split('id="office-foundations"')[1].split("</table>")[0]
        row = chain.split("Eine Koordinierungsstelle wird gebraucht")[1].split("</tr>")[
            0
        ]
        for workshop in ("4. Runder Tisch", "Workshop 1", "Workshop 2"):
            assert workshop in row
        assert '<th scope="col">Erarbeitet in</th>' in chain

    def test_has_accessible_structure(self, html):
        assert_accessible_structure(html)


class TestResultPage:
    def test_names_kind_status_and_workshops(self, demo_functional_portal):
        html = get(demo_functional_portal, "ergebnisse/grundstuecke")
        assert "Herausforderung" in html
        assert "Benannt" in html
        assert "4. Runder Tisch Soziales Wohnen" in html
        assert_accessible_structure(html)
