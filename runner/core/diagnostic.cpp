#include "runner/core/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace tollgate {

std::string Diagnostic::str() const {
    std::string out;
    if (where.known()) out = where.str() + ": ";
    switch (severity) {
        case Severity::error: out += "error: "; break;
        case Severity::warning: out += "warning: "; break;
        case Severity::note: out += "note: "; break;
    }
    out += message;
    if (!hint.empty()) out += " (" + hint + ")";
    return out;
}

void Diagnostics::error(SourceLocation where, std::string message, std::string hint) {
    add({Severity::error, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string hint) {
    add({Severity::warning, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::error) ++m_error_count;
    if (d.severity == Severity::warning) ++m_warning_count;
    m_items.push_back(std::move(d));
}

void Diagnostics::merge(const Diagnostics& other) {
    for (const auto& d : other.m_items) add(d);
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    auto out = m_items;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) <
               std::tie(b.where.file, b.where.line, b.where.column);
    });
    return out;
}

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t subst = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

}  // namespace

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = 0;
    for (const auto& c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (best.empty() || d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    // Suggest only when the typo is small relative to the word, as git does.
    const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
    return (!best.empty() && best_distance <= limit) ? best : std::string{};
}

}  // namespace tollgate
