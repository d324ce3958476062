#!/usr/bin/env bash
# wspulse developer entry point, for a fresh Debian 12 machine (as root) or any
# machine that already has the packages below.
#
#   bash dev.sh run    install what is missing, build, launch wspulse (embedded server)
#   bash dev.sh test   install what is missing, build, run every test
#   bash dev.sh build  install what is missing, build
#   bash dev.sh bench [--quick]  in-process benchmarks, JSON in bench/results/
#   bash dev.sh screenshots   the README's screenshots, from a live session
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libgl-dev qt6-translations-l10n
    prometheus-cpp-dev   # metric types, text format and the /metrics exposer
    python3 python3-websockets
    clang libclang-rt-14-dev
    nginx haproxy   # real intermediaries for tst_intermediaries (started by the test, never as services)
    prometheus      # a real Prometheus scrapes wspulse in tst_metrics; promtool checks the rules
    tinyproxy       # a real forward proxy for tst_connections (started by the test, never as a service)
    openssl         # tst_connections makes its own client certificate for mutual TLS
    qtkeychain-qt6-dev                    # saved secrets in the platform keychain
    libqt6sql6-sqlite                     # the chat server's --data (Qt SQL's QSQLITE driver)
    dbus-daemon dbus-bin gnome-keyring    # tst_headless: a private session bus and a real keyring
)
BUILD_DIR=${WSPULSE_BUILD_DIR:-build}

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    # Node and npm for the Node ws test peers (any Node >= 18 will do).
    command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "dev.sh: installing ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWSPULSE_WERROR=ON >/dev/null
    cmake --build "$BUILD_DIR" -j2
}

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer.
sanitized() {
    echo "dev.sh: the test suite under ASan + UBSan"
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DWSPULSE_SANITIZE=ON >/dev/null
    cmake --build build-asan -j2
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build-asan --output-on-failure --timeout 300
}

# Each libFuzzer target for a bounded time, from the committed corpus; a crash,
# leak or sanitizer report fails. Found inputs go into tests/fuzz/corpus/<target>/,
# which tst_fuzzcorpus replays on every run.
fuzz() {
    local seconds=${WSPULSE_FUZZ_SECONDS:-20}
    echo "dev.sh: fuzzing, ${seconds} s per target"
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DWSPULSE_FUZZ=ON -DWSPULSE_SANITIZE=ON -DBUILD_TESTING=OFF >/dev/null
    cmake --build build-fuzz -j2 --target fuzz_chat fuzz_settings fuzz_event
    for t in chat settings event; do
        mkdir -p "build-fuzz/corpus-$t"
        if ! "build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 \
            -artifact_prefix="build-fuzz/crash-$t-" "build-fuzz/corpus-$t" "tests/fuzz/corpus/$t" \
            >"build-fuzz/fuzz-$t.log" 2>&1; then
            tail -n 40 "build-fuzz/fuzz-$t.log"
            echo "dev.sh: fuzz_$t failed; the input is in build-fuzz/crash-$t-*"
            exit 1
        fi
        echo "fuzz_$t: $(grep -E '^Done' "build-fuzz/fuzz-$t.log")"
    done
}

case "${1:-}" in
run)
    install_missing
    build
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "dev.sh: no display; running headless against the embedded server (Ctrl+C ends it)" >&2
        exec "$BUILD_DIR/app/wspulse" --headless "$@"
    fi
    exec "$BUILD_DIR/app/wspulse" "$@"
    ;;
test)
    install_missing
    # The Node peers, exactly as pinned in tests/peers/package-lock.json.
    (cd tests/peers && npm ci --no-audit --no-fund --loglevel=error)
    build
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300
    sanitized
    fuzz
    ;;
build)
    install_missing
    build
    ;;
bench)
    # Every benchmark figure, each against a baseline measured in the same run;
    # --quick finishes in under two minutes. Writes bench/results/latest.json.
    install_missing
    (cd tests/peers && npm ci --no-audit --no-fund --loglevel=error)
    build
    shift
    mkdir -p bench/results
    "$BUILD_DIR/bench/wspulse_bench" --json bench/results/inprocess.json "$@"
    /usr/bin/python3 bench/server_bench.py "$BUILD_DIR/app/wspulse" --json bench/results/rows.json "$@"
    /usr/bin/python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); a.update(json.load(open(sys.argv[2]))); json.dump(a, open(sys.argv[3], "w"), indent=2)' \
        bench/results/inprocess.json bench/results/rows.json bench/results/latest.json
    echo "dev.sh: bench/results/latest.json"
    ;;
screenshots)
    # The README's pictures, taken of the real window during a live session.
    install_missing
    build
    mkdir -p docs/screenshots
    WSPULSE_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen \
        "$BUILD_DIR/tests/tst_mainwindow" screenshotsOfALiveSession
    ;;
*)
    echo "usage: bash dev.sh run|test|build|bench [--quick]|screenshots" >&2
    exit 2
    ;;
esac
