"""The sector registry: identifiers, order and colour. Names in Vietnamese and English live in
the report layer's catalogue (`model.report.strings.sector_label`).

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
    colour: str


SECTORS: tuple[Sector, ...] = (
    Sector("agriculture", "#6a994e"),
    Sector("industry_construction", "#bc4749"),
    Sector("services", "#386fa4"),
    Sector("product_taxes", "#e9c46a"),
)

SECTOR_IDS: tuple[str, ...] = tuple(s.id for s in SECTORS)
BY_ID: dict[str, Sector] = {s.id: s for s in SECTORS}
# Sectors whose growth may be driven by their own investment (`[sectors.<id>] investment`):
# product taxes have no capital of their own.
INVESTABLE: tuple[str, ...] = ("agriculture", "industry_construction", "services")
