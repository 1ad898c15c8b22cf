"""Lists in running text (text.lists): the items of an English clause and the comma runs of
a Korean sentence."""

import pytest

from yongeo.text.lists import english_list_item, korean_list_sizes


@pytest.mark.parametrize(("text", "word", "item"), [
    (("Other issues are likely to include health care, the fight against terrorism and the "
      "environment."), "terrorism", (3, 1)),
    ("They discussed trade, security, and climate change.", "climate", (3, 2)),  # serial comma
    ("They discussed trade, security, and climate change.", "trade", (3, 0)),
    ("Japan, China or Korea", "Korea", (3, 2)),
    ("Japan, China, Russia and Korea sent envoys.", "Russia", (4, 2)),
    ("Japan and Korea met.", "Korea", None),  # a pair, not a list
    # An "and" before the last without a comma is inside an item.
    (("North Korea and denuclearization, the abduction issue, the Self-Defense Forces, and "
      "the Japan Coast Guard."), "Coast", (4, 3)),
    ("North Korea and denuclearization, the abduction issue and the Coast Guard",
     "denuclearization", (3, 0)),
    ("Police said the man, 45, was arrested.", "man", None),  # commas but no conjunction
    ("Ministers from Japan, China and Korea met in Seoul; the talks ended.", "talks", None),
    ("Japan, China and Korea met. Trade was discussed.", "Trade", None),  # another sentence
])
def test_english_list_item(text, word, item):
    assert english_list_item(text, text.index(word)) == item


@pytest.mark.parametrize(("text", "sizes"), [
    ("그 외 의제로는 의료, 테러, 환경 등이 있다.", {3}),
    ("일본, 중국, 러시아, 한국이 특사를 보냈다.", {4}),
    ("한·미·일 정상이 만났다.", set()),  # a compound's parts, not a list
    ("그는, 말했다.", set()),
    ("예산, 외교, 환경을 논의했다. 그리고 일본, 중국도 왔다.", {3}),  # per sentence
])
def test_korean_list_sizes(text, sizes):
    assert korean_list_sizes(text) == sizes
