#include "runner/coverage/coverage_data.hpp"

#include <algorithm>
#include <tuple>

namespace tollgate {

namespace {

// lcov's brcount_db_combine: "-" + "-" = "-", "-" + n = n, n + m = n + m.
std::uint32_t combine_taken(std::uint32_t a, std::uint32_t b) {
    if (a == BranchHit::k_not_executed) return b;
    if (b == BranchHit::k_not_executed) return a;
    return add_hits(a, b);
}

}  // namespace

std::uint32_t branch_key(std::uint32_t block, std::uint32_t branch) {
    if (block < (1u << 19) && branch < (1u << 12)) return block << 12 | branch;
    std::uint64_t h = (std::uint64_t{block} << 32 | branch) * 0x9E3779B97F4A7C15ull;
    return static_cast<std::uint32_t>(h >> 33) | 0x80000000u;
}

void FileCoverage::add_branch(std::uint32_t line, std::uint32_t block, std::uint32_t branch, std::uint32_t taken) {
    branches.push_back(BranchHit{line, branch_key(block, branch), taken});
}

void FileCoverage::add_function(std::string name, std::uint32_t line, std::uint64_t hits) {
    functions.push_back(FunctionHit{std::move(name), line, add_hits(0, hits)});
}

void FileCoverage::finish() {
    lines.compact();
    const auto key = [](const BranchHit& b) { return std::tie(b.line, b.key); };
    if (!std::is_sorted(branches.begin(), branches.end(),
                        [&](const BranchHit& a, const BranchHit& b) { return key(a) < key(b); })) {
        std::stable_sort(branches.begin(), branches.end(),
                         [&](const BranchHit& a, const BranchHit& b) { return key(a) < key(b); });
    }
    std::size_t out = 0;
    for (std::size_t i = 0; i < branches.size(); ++i) {
        if (out > 0 && key(branches[out - 1]) == key(branches[i])) {
            branches[out - 1].taken = combine_taken(branches[out - 1].taken, branches[i].taken);
        } else {
            branches[out++] = branches[i];
        }
    }
    branches.resize(out);
    branches.shrink_to_fit();

    std::stable_sort(functions.begin(), functions.end(),
                     [](const FunctionHit& a, const FunctionHit& b) { return a.name < b.name; });
    out = 0;
    for (std::size_t i = 0; i < functions.size(); ++i) {
        if (out > 0 && functions[out - 1].name == functions[i].name) {
            auto& kept = functions[out - 1];
            kept.hits = add_hits(kept.hits, functions[i].hits);
            if (kept.line == 0) kept.line = functions[i].line;
        } else {
            if (out != i) functions[out] = std::move(functions[i]);
            ++out;
        }
    }
    functions.resize(out);
    functions.shrink_to_fit();
}

void FileCoverage::merge(const FileCoverage& other) {
    lines.merge(other.lines);
    branches.insert(branches.end(), other.branches.begin(), other.branches.end());
    functions.insert(functions.end(), other.functions.begin(), other.functions.end());
    finish();
}

CoverageCounts FileCoverage::branch_counts() const {
    CoverageCounts c;
    c.total = branches.size();
    for (const auto& b : branches) c.covered += b.covered() ? 1 : 0;
    return c;
}

CoverageCounts FileCoverage::function_counts() const {
    CoverageCounts c;
    c.total = functions.size();
    for (const auto& f : functions) c.covered += f.hits > 0 ? 1 : 0;
    return c;
}

CoverageTotals& CoverageTotals::operator+=(const CoverageTotals& other) {
    lines += other.lines;
    branches += other.branches;
    functions += other.functions;
    return *this;
}

CoverageTotals totals_of(const FileCoverage& file) {
    return CoverageTotals{file.line_counts(), file.branch_counts(), file.function_counts()};
}

FileCoverage& CoverageData::file(const std::string& path) {
    auto [it, inserted] = files.try_emplace(path);
    if (inserted) it->second.path = path;
    return it->second;
}

void CoverageData::merge(const CoverageData& other) {
    for (const auto& [path, cov] : other.files) {
        auto [it, inserted] = files.try_emplace(path, cov);
        if (!inserted) it->second.merge(cov);
    }
}

CoverageTotals CoverageData::totals() const {
    CoverageTotals t;
    for (const auto& [path, cov] : files) t += totals_of(cov);
    return t;
}

}  // namespace tollgate
