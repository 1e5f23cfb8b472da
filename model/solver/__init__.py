"""Solve for sector growth paths that reach a bundle of 2030 targets.

Problem. The unknowns are the real growth paths g_s(t) of the *free* sectors for the projected
years to the target year, t = L+1 … 2030, parametrised as g_s = B θ_s with a basis B (years × k);
after 2030 (a horizon to 2050) every sector keeps the scenario's own rates, growth and deflator
(the targets cannot see those years, and a constant path to the horizon carried 2030's push on):

    constant   B = 1                    (k = 1: one rate per sector)
    ramp       B = [1 − λ_t, λ_t]       (k = 2: first and last year's rate; λ from 0 to 1)
    free       B = I                    (k = years: every year's rate)

Other sectors keep the scenario's paths; deflators and population are the scenario's. The
objective keeps the paths close to the scenario's own (the prior p) and smooth, in pp²:

    J(θ) = Σ_s Σ_t (100 (g_s(t) − p_s(t)))² + μ Σ_s Σ_{t>L+1} (100 (g_s(t) − g_s(t−1)))²

subject to each chosen target as a bound or an equality on its value in 2030, and bounds on
each sector's growth (which bound θ itself, since a ramp lies between its end points).

Targets depend on the paths only through each sector's growth factor to 2030,
F_s = Π_{t ≤ 2030} (1 + g_s(t)):  N = Σ_s (a_s F_s + c_s) and R = Σ_s (b_s F_s + e_s) with
a_s = R_s(L) P_s(2030), b_s = R_s(L), and the scenario's projects adding e_s (their real value
added in 2030 over L) and c_s = e_s P_s(2030). Hence, in the targets' own units,

    multiple = N / N(2020)                 average growth = 100 ((R / R(2020))^(1/10) − 1)
    share_s  = 100 (a_s F_s + c_s) / N     per capita     = N / population(2030)
    manufacturing = 100 (a_m F_IC + c_m) / N  with a_m = M(L) P_IC(2030), c_m its projects'
                                              value added times P_IC(2030) (`model.industry`)

with exact derivatives through ∂F_s/∂g_s(t) = F_s / (1 + g_s(t)). scipy's SLSQP solves it.
Where SLSQP stops short of the closest paths although the targets hold (a prior far outside the
record: a sector shrinking 30 % a year weighs so little in GRDP that the linearised targets look
out of reach within the bounds), scipy's interior point method (``trust-constr``) goes on from
there; status 2 is left for a point that neither brings to optimality.

When the targets cannot all hold, a first stage minimises the weighted squared misses
Σ_k (miss_k / scale_k)² (scale: 1 pp for rates and shares, 0.1× for the multiple, 10 million VND
for per capita); the second stage then minimises J with every target loosened by exactly its
unavoidable miss. Which targets conflict is found by solving the same first stage for each
target alone and each pair.

Multipliers come from the Karush–Kuhn–Tucker conditions at the solution,
∇J = Σ_k λ_k ∇c_k over the active rows: λ_k is dJ*/d(target), what tightening the target by one
of its units costs in the objective (pp²).

The package: `spec` (the targets as posed and judged), `problem` (the arrays, values, Jacobian
and J), `diagnose` (multipliers, conflicts, notes, the frontier) and `api` (`solve` and its
`SolveResult`).

Glossary: giải mục tiêu = solve for targets; ràng buộc = constraint; lộ trình tăng trưởng =
growth path.
"""

from ..process import one_thread
from ..targets import DEFAULT_TARGETS, MEASURES, SOLVABLE, TARGET_YEAR   # the default set's, re-exported
from .api import SolveResult, posed, solve
from .diagnose import GROWTH_AGAINST, INVESTMENT_CAPS, MULTIPLE_CAPS, SolveNote, frontier, supply_notes
from .problem import DEFAULT_FREE, METHODS, PRICE_BAND, any_approx, default_bounds, effective_bounds, idle_settings
from .spec import (DEAD_ZONE, INVESTMENT, INVESTMENT_MARGIN_PP, SolverError, TargetSpec, investment_cap,
                   target_specs)

__all__ = ["DEAD_ZONE", "DEFAULT_FREE", "DEFAULT_TARGETS", "GROWTH_AGAINST", "INVESTMENT", "INVESTMENT_CAPS",
           "INVESTMENT_MARGIN_PP", "MEASURES", "METHODS", "MULTIPLE_CAPS", "PRICE_BAND", "SOLVABLE",
           "SolveNote", "SolveResult", "SolverError", "TARGET_YEAR", "TargetSpec", "any_approx", "default_bounds",
           "effective_bounds", "frontier", "idle_settings", "investment_cap", "one_thread", "posed", "solve",
           "supply_notes", "target_specs"]
