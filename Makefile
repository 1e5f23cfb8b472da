# Two entry points (see README): `make run` starts the app, `make test` runs every test.
# Both set everything up first: a private copy of uv in .tools/, then the locked environment in
# .venv/ (uv.lock). Nothing outside the checkout is touched.
PYTHON ?= python3
PORT ?= 8501
NB_PORT ?= 8888
UV_VERSION := 0.13.8
UV := .tools/bin/uv
export UV_PROJECT_ENVIRONMENT := .venv

.PHONY: run test setup bench bench-risk bench-browser bench-browser-cpu bench-pages bench-cli bench-workspace cli screenshots notebooks fuzz clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

.venv/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --locked --extra dev --quiet
	touch $@

setup: .venv/.synced

run: setup
	$(UV) run --no-sync streamlit run app.py --server.port $(PORT)

# JupyterLab from the locked environment, on the notebooks (they use the public API only).
notebooks: setup
	$(UV) run --no-sync jupyter lab --notebook-dir=notebooks --ServerApp.port=$(NB_PORT) \
		$(if $(filter 0,$(shell id -u)),--allow-root,)

cli: setup
	$(UV) run --no-sync python -m model run scenarios/baseline.toml --out out/baseline --charts png,svg

test: setup
	$(UV) run --no-sync pytest

# The README's pictures: the browser test, writing its screenshots into docs/ (make test writes
# them to out/screenshots/, so that the tests leave the work tree clean).
screenshots: setup
	UPDATE_DOCS=1 $(UV) run --no-sync pytest tests/test_browser.py

# Long hostile runs (tests/fuzz.py): random files, links, solves and sessions far beyond the suite's counts.
fuzz: setup
	$(UV) run --no-sync python -m tests.fuzz all 300

bench: setup
	$(UV) run --no-sync python benchmarks/run.py

bench-risk: setup
	$(UV) run --no-sync python benchmarks/risk.py

bench-browser: setup
	$(UV) run --no-sync python benchmarks/browser.py --floor

bench-browser-cpu: setup
	$(UV) run --no-sync python benchmarks/browser_cpu.py

bench-pages: setup
	$(UV) run --no-sync python benchmarks/pages.py

bench-cli: setup
	$(UV) run --no-sync python benchmarks/cli.py

bench-workspace: setup
	$(UV) run --no-sync python benchmarks/workspace.py

clean:
	rm -rf .venv .tools out
