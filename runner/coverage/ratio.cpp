#include "runner/coverage/ratio.hpp"

#include <charconv>
#include <limits>

namespace tollgate {

namespace {

// 64x64 products need 128 bits; __extension__ keeps -Wpedantic quiet.
__extension__ using Wide = unsigned __int128;

std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) {
    const std::uint64_t sum = a + b;
    return sum < a ? std::numeric_limits<std::uint64_t>::max() : sum;
}

}  // namespace

CoverageCounts& CoverageCounts::operator+=(const CoverageCounts& other) {
    covered = saturating_add(covered, other.covered);
    total = saturating_add(total, other.total);
    return *this;
}

std::optional<Percent> Percent::parse(std::string_view text) {
    if (!text.empty() && text.back() == '%') text.remove_suffix(1);
    if (text.empty()) return std::nullopt;
    Percent p;
    p.numerator = 0;
    p.denominator = 1;
    bool seen_dot = false;
    int digits = 0;
    int decimals = 0;
    for (const char c : text) {
        if (c == '.') {
            if (seen_dot) return std::nullopt;
            seen_dot = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        if (seen_dot && ++decimals > 9) return std::nullopt;
        if (++digits > 12) return std::nullopt;
        p.numerator = p.numerator * 10 + static_cast<std::uint64_t>(c - '0');
        if (seen_dot) p.denominator *= 10;
    }
    if (digits == 0 || (seen_dot && decimals == 0)) return std::nullopt;
    if (p.numerator > 100 * p.denominator) return std::nullopt;
    // Normalise "80.50" to "80.5" and "80.0" to "80" for messages.
    while (p.denominator > 1 && p.numerator % 10 == 0) {
        p.numerator /= 10;
        p.denominator /= 10;
    }
    std::uint64_t whole = p.numerator / p.denominator;
    std::string frac;
    for (std::uint64_t d = p.denominator, r = p.numerator % p.denominator; d > 1; d /= 10) {
        r *= 10;
        frac += static_cast<char>('0' + r / p.denominator);
        r %= p.denominator;
    }
    p.text = std::to_string(whole) + (frac.empty() ? "" : "." + frac);
    return p;
}

std::optional<Percent> Percent::from_double(double value) {
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    if (res.ec != std::errc{}) return std::nullopt;
    return parse(std::string_view(buf, static_cast<std::size_t>(res.ptr - buf)));
}

bool meets(const CoverageCounts& counts, const Percent& min) {
    if (counts.total == 0) return false;
    return Wide{counts.covered} * 100 * min.denominator >= Wide{min.numerator} * counts.total;
}

bool at_least(const CoverageCounts& a, const CoverageCounts& b) {
    if (b.total == 0) return true;  // nothing to fall below
    if (a.total == 0) return true;  // n/a now: "no drop" is not measurable, never a drop
    return Wide{a.covered} * b.total >= Wide{b.covered} * a.total;
}

std::optional<std::uint64_t> percent_hundredths(const CoverageCounts& counts) {
    if (counts.total == 0) return std::nullopt;
    const Wide covered = counts.covered > counts.total ? counts.total : counts.covered;
    return static_cast<std::uint64_t>(covered * 10000 / counts.total);
}

std::string format_percent(const CoverageCounts& counts) {
    const auto h = percent_hundredths(counts);
    if (!h) return "n/a";
    std::string frac = std::to_string(*h % 100);
    if (frac.size() < 2) frac.insert(0, 1, '0');
    return std::to_string(*h / 100) + "." + frac;
}

}  // namespace tollgate
