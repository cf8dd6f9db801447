#pragma once

// Shared helpers for the libFuzzer targets: turning the fuzzer's bytes into
// strings and failing loudly (abort, which libFuzzer records as a crash) when
// an invariant the target checks does not hold.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate::fuzz {

/// The input as text (any bytes, NUL included).
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Splits on `sep`, keeping empty fields (a plain loop: the fuzzer should
/// exercise tollgate's code, not the helpers').
inline std::vector<std::string> fields(std::string_view text, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find(sep, start);
        out.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return out;
        start = end + 1;
    }
}

/// Aborts with `what` when `ok` is false: an invariant violation is a finding.
inline void check(bool ok, const char* what, std::string_view detail = {}) {
    if (ok) return;
    std::fprintf(stderr, "fuzz invariant violated: %s\n%.*s\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

}  // namespace tollgate::fuzz
