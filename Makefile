# caseintake — the two commands of the README's Quick start, and a few more.
SWIFT ?= swift
DEMO_OUT ?= caseintake-out
PREFIX ?= /usr/local
DESTDIR ?=
# Release builds carry the Swift runtime and Foundation inside the binary: the installed caseintake
# then needs no Swift toolchain beside it (a dynamic build looks for it in /opt/swift), and it
# starts in 7 ms rather than 13–19. Every release target uses the same flags, since changing
# them rebuilds every module (`swift run` takes no such flag: the benchmarks are built, then run).
RELEASE = -c release --static-swift-stdlib

.PHONY: setup test-tools build demo test examples lint install bench-evtx bench-capture bench-case fuzz fuzz-smoke clean

## Install the build dependencies a fresh Debian machine lacks (libarchive-dev, libcmark-dev).
setup:
	@scripts/install-build-dependencies.sh

## Install the reference tools the tests compare against (bsdtar, 7z, lha, gcab, tshark, evtx, Nu checker).
test-tools:
	@scripts/install-test-tools.sh

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
	@echo "== Every file there, but they disagree: delivered in the capture, failed in SPNT.log (exit 1 expected)"
	$(SWIFT) run caseintake report Examples/contradiction-case/case-0003.zip -o $(DEMO_OUT) || test $$? -eq 1
	@echo
	@echo "== A second mail as .7z: the capture was taken on the wrong host (exit 1 expected)"
	$(SWIFT) run caseintake report "Examples/7z-case/追加資料.7z" -o $(DEMO_OUT) || test $$? -eq 1
	@echo
	@echo
	@echo "== The team's index over every case folder (incomplete first)"
	$(SWIFT) run caseintake index $(DEMO_OUT)
	@echo "Reports are in $(DEMO_OUT)/: open report.ja.html, send followup.ja.eml; index.html lists them all."

## Install what the build and the tests need, build (with swift-argument-parser's generate-manual,
## which the install test uses), and run every test.
test: setup test-tools
	$(SWIFT) build --build-tests
	$(SWIFT) build --product generate-manual
	$(SWIFT) test --skip-build

## Install the release binary, Templates/, the man page and shell completions under $(DESTDIR)$(PREFIX).
install: setup
	$(SWIFT) build $(RELEASE) --product caseintake
	$(SWIFT) build $(RELEASE) --product generate-manual
	scripts/install.sh "$$($(SWIFT) build $(RELEASE) --show-bin-path)" "$(DESTDIR)$(PREFIX)"

## Rewrite Examples/ (same bytes every time).
examples:
	$(SWIFT) run make-examples Examples

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift Fuzz/Package.swift Fuzz/Sources

bench-evtx:
	$(SWIFT) build $(RELEASE) --product bench-evtx
	"$$($(SWIFT) build $(RELEASE) --show-bin-path)/bench-evtx"

bench-capture:
	$(SWIFT) build $(RELEASE) --product bench-capture
	"$$($(SWIFT) build $(RELEASE) --show-bin-path)/bench-capture"

## Time bsdtar, `caseintake check` and `caseintake report` on a big case and on 20,000 small files
## (inputs written once into .build/bench-case by the fixture writers).
bench-case:
	$(SWIFT) build $(RELEASE) --product caseintake
	$(SWIFT) build $(RELEASE) --product bench-case
	"$$($(SWIFT) build $(RELEASE) --show-bin-path)/bench-case"

## Fuzz every parser (Fuzz/, libFuzzer + ASan, built into .build-fuzz) for FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
fuzz: setup
	Fuzz/fuzz.sh --seconds $(FUZZ_SECONDS)

## A few seconds per fuzz target: notices a target that no longer builds or crashes at once.
fuzz-smoke: setup
	Fuzz/fuzz.sh --seconds 3

clean:
	rm -rf .build .build-fuzz $(DEMO_OUT)
