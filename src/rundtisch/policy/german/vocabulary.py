"""The content browser's preview says an item's status in German.

Plone's ``@@getVocabulary`` (plone.app.content) sends ``review_state`` as the
bare state id, which the content browser of the relation fields shows as
"Status: published". Translated like the other attributes it reads
"Veröffentlicht": our plone.po gives the three state ids of the review
workflow their titles (docs/design.md §5, German throughout). Nothing else
of the view changes.
"""

from plone.app.content.browser.vocabulary import VocabularyView


class GermanStatesVocabularyView(VocabularyView):
    def get_translated_ignored(self):
        return [
            name for name in super().get_translated_ignored() if name != "review_state"
        ]
