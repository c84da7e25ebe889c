# giaoviec: two commands for a fresh machine
#   make run    set up .venv, extract the bundled sample notice, print its JSON
#   make test   set up .venv (and the Debian packages), run the test suite
#   make train  rebuild the shipped unit model from $(CORPUS) (kept as is without it)
#   make cv     cross-validate rules / model / combined by document on $(CORPUS)
# The interpreter .venv is made from: the distribution's own python3 when it is 3.11 or later
# and can make a venv, else the first python3 on PATH. Distributions build CPython with PGO and
# LTO, which source builds (pyenv, asdf) leave off by default: on the machine this project is
# measured on, Debian's python3.11 runs the pipeline about 9% faster than pyenv's 3.11 build.
# Any Python >= 3.11 works; `make PYTHON=...` chooses another.
PYTHON ?= $(or $(shell for p in /usr/bin/python3 python3; do \
	  $$p -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	  && { echo $$p; break; }; done),python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= ../shared/corpus
JOBS   ?= 2
CV_K      ?= 5
CV_INPUTS ?= txt,scan.pdf
# the repository's own gold documents, written for the project: training and cv use them too
FRESH     := $(sort $(wildcard tests/fixtures/fresh/*))

.PHONY: run test lint eval bench schema golden system-deps clean train cv

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@# the bytecode pip would write for a wheel (an editable install leaves it to the first run,
	@# and a shell with PYTHONDONTWRITEBYTECODE to every run)
	$(BIN)/python -m compileall -q giaoviec
	@touch $(STAMP)

system-deps:
	@./scripts/system-deps.sh

run: $(STAMP)
	$(BIN)/giaoviec extract samples/seed-001.docx --pretty

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -n $(JOBS)

lint: $(STAMP)
	$(BIN)/ruff check giaoviec tests

schema: $(STAMP)
	$(BIN)/giaoviec schema > giaoviec/schemas/notice.schema.json

golden: $(STAMP)
	GIAOVIEC_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden.py
	@git diff --stat tests/golden || true

eval: $(STAMP)
	$(BIN)/giaoviec eval $(FRESH) --inputs txt
	@if [ -d "$(CORPUS)" ]; then \
	  $(BIN)/giaoviec eval $(CORPUS) --inputs docx,pdf --fidelity --workers $(JOBS) && \
	  $(BIN)/giaoviec eval $(CORPUS)/real $(CORPUS)/real-full --inputs txt; \
	else echo "eval: $(CORPUS) not found, nothing to evaluate (skipped)"; fi

train: $(STAMP)
	$(BIN)/python -m giaoviec.model.train --corpus $(CORPUS) $(addprefix --gold ,$(FRESH)) --workers $(JOBS)

cv: $(STAMP)
	@if [ -d "$(CORPUS)" ]; then \
	  $(BIN)/giaoviec eval $(CORPUS) $(CORPUS)/real-full $(FRESH) --inputs $(CV_INPUTS) --cv $(CV_K) \
	    $(if $(wildcard $(CORPUS)/real),--silver $(CORPUS)/real) --workers $(JOBS); \
	else echo "cv: $(CORPUS) not found, nothing to cross-validate (skipped)"; fi

bench: $(STAMP)
	$(BIN)/giaoviec bench samples $(if $(wildcard $(CORPUS)),$(CORPUS))

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
