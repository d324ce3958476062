#pragma once

#include <cstddef>
#include <cstdint>

// Fuzz targets, shared by the libFuzzer binaries and the unit test that
// replays the regression corpus. Each aborts (Q_ASSERT-free, always on) when
// an invariant breaks, so a fuzzer finds it as a crash.
int fuzzChatProtocol(const uint8_t *data, size_t size);
int fuzzSettings(const uint8_t *data, size_t size);
int fuzzEventJson(const uint8_t *data, size_t size);
