"""The app's static tables read back under AppTest: `ui.common.static_table` draws each as one
``st.html`` element (a ``div.ht-table``); `tables` parses them into frames, index included,
cell texts as a reader sees them (HTML entities decoded, links as their text)."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

import pandas as pd

from ui.common import TABLE_CLASS


@dataclass
class Table:
    value: pd.DataFrame


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.head: list[str] = []
        self.rows: list[list[str]] = []
        self.row_heads: list[str] = []
        self._cell: list[str] | None = None
        self._where = ""
        self._row_head = False

    def handle_starttag(self, tag, attrs):
        if tag in ("thead", "tbody"):
            self._where = tag
        elif tag == "tr" and self._where == "tbody":
            self.rows.append([])
        elif tag in ("th", "td"):
            self._cell = []
            self._row_head = tag == "th" and self._where == "tbody"

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._cell is not None:
            text = "".join(self._cell)
            if self._where == "thead":
                self.head.append(text)
            elif self._row_head:
                self.row_heads.append(text)
            else:
                self.rows[-1].append(text)
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def read(html: str) -> pd.DataFrame:
    r = _Reader()
    r.feed(html)
    columns = r.head[1:] if r.row_heads else r.head
    index = pd.Index(r.row_heads, name=r.head[0] or None) if r.row_heads else None
    return pd.DataFrame(r.rows, columns=columns, index=index)


def tables(at) -> list[Table]:
    """Every static table on the page, in order."""
    return [Table(read(h.value)) for h in at.get("html") if f'class="{TABLE_CLASS}"' in h.value[:60]]
