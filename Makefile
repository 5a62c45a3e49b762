# The two commands a new user needs: `make demo` and `make test`. Both set up what is missing.
SHELL := /bin/bash
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup demo opendata test test-debian13 test-sid package bench fuzz lint sample-data qm translations clean

setup:
	@scripts/bootstrap.sh

# Built only when missing: the committed GeoPackage and project are the reference.
sample-data: setup
	@[ -f sample_data/heilbronn_demo.gpkg ] && [ -f sample_data/heilbronn_demo.qgz ] || \
		$(PY) sample_data/build_sample_data.py

# The compiled German translation (.qm) is built, not committed.
qm: setup
	@$(PY) scripts/build_translations.py --compile >/dev/null

demo: sample-data qm
	@$(PY) scripts/demo.py

# The demo store published as open data and served on 127.0.0.1 until Ctrl+C
# (OPENDATA_PORT=8001 for another port).
opendata: sample-data qm
	@$(PY) scripts/opendata.py

test: sample-data qm
	$(PY) -m pytest $(PYTEST_ARGS)

# The whole suite on QGIS 3.40 (Debian 13) and QGIS 3.44 (Debian sid), each in a chroot that
# debootstrap builds once (as root) and keeps outside the tree; see scripts/test_in_chroot.sh.
test-debian13:
	@scripts/test_in_chroot.sh trixie $(PYTEST_ARGS)

test-sid:
	@scripts/test_in_chroot.sh sid $(PYTEST_ARGS)

package: setup
	@$(PY) scripts/package.py

# Every tests/benchmarks/bench_*.py, one after the other (each prints its ratios).
bench: sample-data
	@set -e; for bench in tests/benchmarks/bench_*.py; do $(PY) $$bench; done

# The parser fuzz test at full size (make test runs a smoke size): FUZZ_CASES mutations of
# each real payload, FUZZ_SEED for another set.
fuzz: setup
	FUZZ_CASES=$${FUZZ_CASES:-3000} $(PY) -m pytest tests/unit/test_fuzz_parsers.py -q

lint: setup
	.venv/bin/ruff check .

translations: setup
	@$(PY) scripts/build_translations.py

clean:
	rm -rf build dist
