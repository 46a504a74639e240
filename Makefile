# The two commands a new user needs (see README.md):
#   make demo   – build kfl and open it on the built-in synthetic demo county
#   make test   – run the whole test suite (unit, golden screens, key sessions, tmux)
.PHONY: demo test build bench clean

demo:
	@scripts/ensure-system-libraries
	swift build -c release --product kfl
	.build/release/kfl

test:
	@scripts/ensure-system-libraries --with-tmux
	swift build --build-tests
	swift test --skip-build

build:
	swift build -c release --product kfl

bench:
	@scripts/ensure-system-libraries --with-bench
	scripts/bench

clean:
	swift package clean
