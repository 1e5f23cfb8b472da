"""The catalogue's entries (every user-visible sentence and label, Vietnamese first, English
second), in parts by where the words appear. `model.report.strings` holds them as one catalogue:
``TEXT`` (every part but the findings) looked up by `t`, and the functions that choose among the
entries. A key stands in one part only (tested): a second would silently replace the first.

Plain data: the parts import nothing.
"""

from .analysis import TEXT as ANALYSIS
from .cli import TEXT as CLI
from .files import TEXT as FILES
from .findings import FINDINGS
from .pages import TEXT as PAGES
from .projects import TEXT as PROJECTS
from .quarterly import TEXT as QUARTERLY
from .risk import RISK_TEXT

# the parts `TEXT` is made of, by name (the tests check that no key stands in two)
PARTS: dict[str, dict[str, tuple[str, str]]] = {
    "pages": PAGES, "analysis": ANALYSIS, "projects": PROJECTS, "cli": CLI, "quarterly": QUARTERLY,
    "files": FILES, "risk": RISK_TEXT,
}

__all__ = ["FINDINGS", "PARTS", "RISK_TEXT"]
