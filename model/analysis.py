"""What-if answers built from projections: a project on, late or dropped.

`project_variants` answers "if project p slips d years, or is dropped, what happens to
2021–2030 growth, the 2030 multiple, the structure and per capita?": the scenario with p as it
stands, on time, each delay, and off; each row the 2030 measures of `model.targets.MEASURES`
and GRDP in 2030 at both price bases (billion VND).

Glossary: lùi tiến độ = delay; bỏ dự án = drop the project.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import pandas as pd

from .growth import simulate
from .history import History
from .projects import ProjectSetting, load_projects
from .scenario import Scenario
from .targets import MEASURES, TARGET_YEAR


def project_variants(history: History, scenario: Scenario, project: str,
                     delays: Sequence[int] = (2,)) -> pd.DataFrame:
    """One row per variant (``on`` at the scenario's own delay and scale, ``delay_<d>``,
    ``off``), columns the 2030 target measures and ``grdp_nominal_bn``, ``grdp_real_bn``;
    ``attrs['project']`` names the project."""
    shipped = load_projects()
    current = scenario.projects.get(project)
    if current is None and project not in shipped:
        raise KeyError(f"unknown project {project!r}; shipped: {', '.join(shipped)}")
    base = current or ProjectSetting()
    variants = {"on": replace(base, on=True)}
    variants.update({f"delay_{d}": replace(base, on=True, delay=base.delay + d) for d in delays})
    variants["off"] = replace(base, on=False)
    rows = {}
    for name, st in variants.items():
        p = simulate(history, scenario.with_project(project, st))
        if p.horizon < TARGET_YEAR:
            raise ValueError(f"the horizon {p.horizon} ends before {TARGET_YEAR}")
        row = {tid: f(p) for tid, f in MEASURES.items()}
        row.update(grdp_nominal_bn=float(p.grdp_nominal[TARGET_YEAR]), grdp_real_bn=float(p.grdp_real[TARGET_YEAR]))
        rows[name] = row
    out = pd.DataFrame(rows).T
    out.index.name = "variant"
    out.attrs["project"] = project
    return out
