"""The deflator fit: sector price levels after the base year that meet every published
current-price figure and stay close to national CPI (step 4 of `model.history`).

With x[t, s] = ln P_s(t) − ln P_s(t−1) the log change of sector s's deflator (2010 = 1) in
year t after the base year, the fit is

    min F(z) = Σ_t Σ_s (x_s(t) − a(t))² + Σ_t Σ_s (x_s(t) − x_s(t−1))²   subject to g(z) = 0,

where a(t) = ln(1 + cpi(t)) is national CPI's log change (or, without the anchor, a free common
deflator c(t) in z), and g holds one constraint for each published current-price total N(t)
(Σ_s R_s(t) P_s(t) / N(t) − 1 = 0) and three for each year of published four-sector shares.
F is quadratic and g smooth, so Newton's method on the KKT conditions with exact second
derivatives (`kkt_newton`) converges from z = 0 in a handful of steps; scipy's SLSQP (`slsqp`)
is the fallback and, in the tests, the check. Levels in billion VND: R at constant 2010 prices,
N and R·P at current prices.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .data import select_preferred
from .process import one_thread
from .sectors import SECTOR_IDS


class DeflatorFitError(ValueError):
    """The fit did not converge (Newton's method and SLSQP both failed)."""


def fit(real: pd.DataFrame, p2020: np.ndarray, totals: dict[int, float],
                   shares: dict[int, np.ndarray], anchor: np.ndarray | None = None) -> np.ndarray:
    """Log-deflator changes x[t, s] for the years after 2020 (the module docstring; `model.history`, step 4).

    ``anchor`` (log changes by year) replaces the free common deflator c(t) by a given path,
    e.g. national CPI (`model.history.deflator_fit_comparison`).

    The problem is min F(z) subject to g(z) = 0, z = (x, c): F quadratic, g a few smooth
    constraints (one total, three shares a year). It is solved by Newton's method on its KKT
    conditions with exact second derivatives (`kkt_newton`), which converges quadratically
    from z = 0 in a handful of steps; SLSQP (scipy) is the fallback should it ever fail.
    Without scipy.optimize a process that assembles the history starts 0.25 s sooner (its
    import; benchmarks/cli.py). Newton's answer is the more exact: its KKT residual is ~1e-14
    where SLSQP (ftol 1e-14 on F) stops at ~1e-9, and they differ by at most 4e-8 in x (a
    deflator's 4e-6 %; tests/test_history.py)."""
    problem = DeflatorFit(real, p2020, totals, shares, anchor)
    if problem.n_t == 0:
        return np.zeros((0, len(SECTOR_IDS)))
    z = kkt_newton(problem)
    if z is None:
        z = slsqp(problem)
    return z[: problem.n_x].reshape(problem.n_t, problem.n_s)


class DeflatorFit:
    """The deflator fit's objective and constraints, with exact first and second derivatives.

    Levels L[i, s] = P2020_s · exp(Σ_{t≤i} x[t, s]) and values v = R · L (billion VND, current
    prices). A total constraint is Σ_s v[i, s] / N(i) − 1 = 0 (relative: values are ~1e5); a
    share constraint is v[i, k] / Σ_s v[i, s] − share_k = 0 for the first three sectors (the
    last follows). Both depend on x only through u_s = ln v[i, s], and ∂u_s/∂x[t, s] = 1 for
    t ≤ i, so a derivative in x is the one in u spread over the years up to i."""

    def __init__(self, real, p2020, totals, shares, anchor):
        years = list(real.index[1:])
        self.n_t, self.n_s = len(years), len(SECTOR_IDS)
        self.n_x = self.n_t * self.n_s
        self.R, self.p2020, self.anchor = real.to_numpy()[1:], np.asarray(p2020, float), anchor
        # with the anchor, c is not a variable (it would have no gradient and no curvature)
        self.n_z = self.n_x + (self.n_t if anchor is None else 0)
        self.upto = np.tril(np.ones((self.n_t, self.n_t)))   # upto[i, t] = 1 for t ≤ i
        # Relative residual keeps a total constraint well scaled (values are ~1e5 billion VND).
        self.cons = [("total", years.index(y), float(n)) for y, n in totals.items()]
        self.cons += [("share", years.index(y), k, float(sh[k]))
                      for y, sh in shares.items() for k in range(self.n_s - 1)]
        # F = Σ (x − c)² + Σ (x[t] − x[t−1])², a constant Hessian: D the first differences in
        # time of each sector, E maps z to x − c (or to x, the anchor being a constant).
        n_x, n_t, n_s = self.n_x, self.n_t, self.n_s
        E = np.zeros((n_x, self.n_z))
        E[:, :n_x] = np.eye(n_x)
        if anchor is None:
            E[:, n_x:] = -np.kron(np.eye(n_t), np.ones((n_s, 1)))
        D = np.zeros(((n_t - 1) * n_s, self.n_z))
        D[:, :n_x] = np.kron(np.diff(np.eye(n_t), axis=0), np.eye(n_s))
        self.E, self.D = E, D
        self.shift = np.zeros(n_x) if anchor is None else np.repeat(anchor, n_s)
        self.H_F = 2 * (E.T @ E + D.T @ D)

    def objective(self, z):
        """F(z) and its gradient."""
        dev, smooth = self.E @ z - self.shift, self.D @ z
        return float(dev @ dev + smooth @ smooth), 2 * (self.E.T @ dev + self.D.T @ smooth)

    def constraints(self, z, second: bool = True):
        """g(z), its Jacobian (constraints × z) and, with ``second``, each constraint's Hessian."""
        x = z[: self.n_x].reshape(self.n_t, self.n_s)
        v = self.R * self.p2020 * np.exp(np.cumsum(x, axis=0))
        g = np.zeros(len(self.cons))
        A = np.zeros((len(self.cons), self.n_z))
        hess = []
        for j, con in enumerate(self.cons):
            i, vi = con[1], v[con[1]]
            if con[0] == "total":
                g[j] = vi.sum() / con[2] - 1.0
                du = vi / con[2]
                Huu = np.diag(du)
            else:
                k, target = con[2], con[3]
                p = vi / vi.sum()
                g[j] = p[k] - target
                e = np.zeros(self.n_s)
                e[k] = 1.0
                du = p[k] * (e - p)
                # ∂²p_k/∂u_j∂u_l = p_k[(δ_jk − p_j)(δ_lk − p_l) − δ_jl p_j + p_j p_l]
                Huu = p[k] * (np.outer(e - p, e - p) - np.diag(p) + np.outer(p, p))
            m = self.upto[i]
            A[j, : self.n_x] = np.kron(m, du)
            if second:
                H = np.zeros((self.n_z, self.n_z))
                H[: self.n_x, : self.n_x] = np.kron(np.outer(m, m), Huu)
                hess.append(H)
        return g, A, hess


def kkt_newton(problem: DeflatorFit, tol: float = 1e-13, maxiter: int = 50) -> np.ndarray | None:
    """Newton's method on the KKT conditions ∇F + Aᵀμ = 0, g = 0 of min F s.t. g = 0: each step
    solves [[W, Aᵀ], [A, 0]] [dz, μ⁺] = [−∇F, −g] with W = ∇²F + Σ μ_j ∇²g_j. From z = 0 (one
    deflator for all years) it converges quadratically; None if it does not within
    ``maxiter`` steps, or meets a singular system (a constraint set that is not independent)."""
    z = np.zeros(problem.n_z)
    mu = np.zeros(len(problem.cons))
    n, m = problem.n_z, len(problem.cons)
    for _ in range(maxiter):
        _, grad = problem.objective(z)
        g, A, hess = problem.constraints(z)
        W = problem.H_F + sum((mj * Hj for mj, Hj in zip(mu, hess)), np.zeros((n, n)))
        K = np.block([[W, A.T], [A, np.zeros((m, m))]])
        try:
            sol = np.linalg.solve(K, -np.concatenate([grad, g]))
        except np.linalg.LinAlgError:
            return None
        if not np.isfinite(sol).all():
            return None
        dz, mu = sol[:n], sol[n:]
        z = z + dz
        if np.abs(dz).max() < tol:
            g, A, _ = problem.constraints(z, second=False)
            _, grad = problem.objective(z)
            stationary = np.abs(grad + A.T @ np.linalg.lstsq(A.T, -grad, rcond=None)[0]).max() if m else np.abs(grad).max()
            return z if np.abs(g).max() < 1e-12 and stationary < 1e-9 else None
    return None


def slsqp(problem: DeflatorFit) -> np.ndarray:
    """The same fit by scipy's SLSQP (the fallback of `kkt_newton`, and its check in the tests)."""
    from scipy.optimize import minimize  # here: only if Newton's method ever fails

    def con(j):
        return {"type": "eq", "fun": lambda z: problem.constraints(z, second=False)[0][j],
                "jac": lambda z: problem.constraints(z, second=False)[1][j]}

    # One BLAS thread: the answer must not depend on the machine (threads change the order of
    # floating-point sums, and SLSQP's path with it), and threads only cost time at this size.
    with one_thread():
        res = minimize(problem.objective, np.zeros(problem.n_z), jac=True, method="SLSQP",
                       constraints=[con(j) for j in range(len(problem.cons))],
                       options={"ftol": 1e-14, "maxiter": 500})
    if not res.success:
        raise DeflatorFitError(f"deflator fit did not converge: {res.message}")
    return res.x


def national_cpi(years) -> pd.Series:
    """National average CPI change (fraction) in ``years``, from the shipped ``vn_cpi_avg`` rows;
    a year without a figure (2023) is the mean of its neighbours (``attrs['estimated']``)."""
    sel = select_preferred()
    cpi = sel[sel["indicator"] == "vn_cpi_avg"].set_index("year")["value"].astype(float) / 100
    cpi.index = cpi.index.astype(int)
    out, est = {}, []
    for y in years:
        if y in cpi.index:
            out[y] = float(cpi[y])
        else:
            out[y] = float(np.interp(y, cpi.index.to_numpy(), cpi.to_numpy()))
            est.append(y)
    s = pd.Series(out, name="vn_cpi")
    s.attrs["estimated"] = est
    return s
