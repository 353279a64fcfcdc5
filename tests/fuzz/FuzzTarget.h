#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

#include "common/Result.h"

// Shared by the fuzz harnesses (tests/fuzz/*.cpp): each defines LLVMFuzzerTestOneInput, built
// either with libFuzzer (COUNTERSIGN_FUZZ, clang) or with ReplayMain.cpp (the fuzz-replay
// tests of the normal build, which run every corpus file once).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace countersign::fuzz {

// The input as bytes (a deep copy: the parsers may keep views into it).
inline QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The name the harnesses give the input in error messages.
inline QString inputName() {
    return QStringLiteral("fuzz-input");
}

// Formats an error as a caller would show it, so the error path is exercised too.
inline void consume(const Error& error) {
    volatile qsizetype length = error.toString().size();
    (void)length;
}

template <typename T>
void consume(const Result<T>& result) {
    if (!result)
        consume(result.error());
}

}  // namespace countersign::fuzz
