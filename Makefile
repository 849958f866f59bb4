# caseintake — the two commands of the README's Quick start, and a few more.
SWIFT ?= swift
DEMO_OUT ?= caseintake-out

.PHONY: setup build demo test examples lint bench-evtx bench-capture fuzz fuzz-smoke clean

## Install the build dependencies a fresh Debian machine lacks (libarchive-dev, libcmark-dev).
setup:
	@scripts/install-build-dependencies.sh

build: setup
	$(SWIFT) build

## Build, then run caseintake on the bundled example cases and show where the reports are.
demo: build
	@echo "== A complete case: a CP932-named password zip with a zip inside (exit 0 expected)"
	$(SWIFT) run caseintake report "Examples/complete-case/調査資料.zip" --password spnt-2026 -o $(DEMO_OUT)
	@echo
	@echo "== An incomplete case: a tar.gz with open questions and missing logs (exit 1 expected)"
	$(SWIFT) run caseintake report Examples/incomplete-case/case-0002.tar.gz -o $(DEMO_OUT) || test $$? -eq 1
	@echo
	@echo "== A second mail as .7z: the capture was taken on the wrong host (exit 1 expected)"
	$(SWIFT) run caseintake report "Examples/7z-case/追加資料.7z" -o $(DEMO_OUT) || test $$? -eq 1
	@echo
	@echo "Reports are in $(DEMO_OUT)/: open report.ja.html, send followup.ja.eml."

## Build and run every test.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Rewrite Examples/ (same bytes every time).
examples:
	$(SWIFT) run make-examples Examples

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift Fuzz/Package.swift Fuzz/Sources

bench-evtx:
	$(SWIFT) run -c release bench-evtx

bench-capture:
	$(SWIFT) run -c release bench-capture

## Fuzz every parser (Fuzz/, libFuzzer + ASan, built into .build-fuzz) for FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
fuzz: setup
	Fuzz/fuzz.sh --seconds $(FUZZ_SECONDS)

## A few seconds per fuzz target: notices a target that no longer builds or crashes at once.
fuzz-smoke: setup
	Fuzz/fuzz.sh --seconds 3

clean:
	rm -rf .build .build-fuzz $(DEMO_OUT)
