"""The sector registry: identifiers, Vietnamese and English labels, order and colour.

Glossary:
    nông, lâm nghiệp và thủy sản      agriculture, forestry and fishery   ``agriculture``
    công nghiệp và xây dựng           industry and construction           ``industry_construction``
    dịch vụ                           services                            ``services``
    thuế sản phẩm trừ trợ cấp sản phẩm product taxes less subsidies       ``product_taxes``

GRDP is the sum of the four (the statistics office's production approach): value added of
the three sectors plus product taxes less subsidies on products.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sector:
    id: str
    label_vi: str
    label_en: str
    short_vi: str
    colour: str


SECTORS: tuple[Sector, ...] = (
    Sector("agriculture", "Nông, lâm nghiệp và thủy sản", "Agriculture, forestry and fishery",
           "Nông-lâm-thủy sản", "#6a994e"),
    Sector("industry_construction", "Công nghiệp và xây dựng", "Industry and construction",
           "Công nghiệp-xây dựng", "#bc4749"),
    Sector("services", "Dịch vụ", "Services", "Dịch vụ", "#386fa4"),
    Sector("product_taxes", "Thuế sản phẩm trừ trợ cấp sản phẩm", "Product taxes less subsidies",
           "Thuế SP trừ trợ cấp", "#e9c46a"),
)

SECTOR_IDS: tuple[str, ...] = tuple(s.id for s in SECTORS)
BY_ID: dict[str, Sector] = {s.id: s for s in SECTORS}


def label(sector_id: str, lang: str = "vi", short: bool = False) -> str:
    """The display label of a sector in ``lang`` ('vi' or 'en')."""
    s = BY_ID[sector_id]
    if lang == "en":
        return s.label_en
    return s.short_vi if short else s.label_vi
