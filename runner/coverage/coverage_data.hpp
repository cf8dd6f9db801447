#pragma once

// The one model every coverage reader produces (DESIGN §5.7): per file, line
// hits, branches and functions. Paths are as the report wrote them until
// path_mapper.hpp maps them onto repository paths.

#include "runner/coverage/line_table.hpp"
#include "runner/coverage/ratio.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tollgate {

/// One branch outcome, 12 bytes (a big tracefile holds millions). lcov
/// writes "-" for a branch whose block never ran; that is kept apart from
/// "ran, never taken" because lcov merges them differently.
struct BranchHit {
    static constexpr std::uint32_t k_not_executed = 0xFFFFFFFFu;  ///< lcov's "-"
    std::uint32_t line = 0;                                       ///< 1-based source line
    std::uint32_t key = 0;                                        ///< block and branch, see branch_key()
    std::uint32_t taken = k_not_executed;                         ///< saturating count, or k_not_executed

    [[nodiscard]] bool covered() const { return taken != k_not_executed && taken > 0; }
};

/// (block, branch) as one number: block << 12 | branch when block < 2^19
/// and branch < 2^12 (every gcc/llvm branch in practice); otherwise a 31-bit
/// hash with the top bit set (lcov 2 exception and expression branches).
std::uint32_t branch_key(std::uint32_t block, std::uint32_t branch);

/// One function: lcov keys functions by name, so merging does too.
struct FunctionHit {
    std::string name;        ///< as the report names it (mangled or not)
    std::uint32_t line = 0;  ///< where it starts; 0 when unknown
    std::uint32_t hits = 0;  ///< saturating
};

/// Coverage of one source file.
struct FileCoverage {
    std::string path;  ///< as in the report, or the repository path once mapped
    LineTable lines;
    std::vector<BranchHit> branches;     ///< sorted by (line, key) after finish()
    std::vector<FunctionHit> functions;  ///< sorted by name after finish()

    /// Adds a branch outcome (merged with an equal key by finish()).
    void add_branch(std::uint32_t line, std::uint32_t block, std::uint32_t branch, std::uint32_t taken);
    /// Adds calls of a function; `line` 0 keeps a line already known.
    void add_function(std::string name, std::uint32_t line, std::uint64_t hits);
    /// Folds duplicates (sums counts as lcov and gcovr do) and sorts; queries need it.
    void finish();
    /// Adds everything in `other` and finishes.
    void merge(const FileCoverage& other);

    [[nodiscard]] CoverageCounts line_counts() const { return lines.counts(); }
    [[nodiscard]] CoverageCounts branch_counts() const;
    [[nodiscard]] CoverageCounts function_counts() const;
};

/// Line, branch and function totals.
struct CoverageTotals {
    CoverageCounts lines;      ///< coverable lines / lines that ran
    CoverageCounts branches;   ///< branch outcomes / outcomes taken
    CoverageCounts functions;  ///< functions / functions called
    /// Adds another set of totals (saturating).
    CoverageTotals& operator+=(const CoverageTotals& other);
};

/// Coverage of many files, keyed by path.
struct CoverageData {
    std::map<std::string, FileCoverage> files;  ///< by path

    /// The entry for `path`, created empty when absent.
    FileCoverage& file(const std::string& path);
    /// Adds `other` file by file (counts summed); finishes touched files.
    void merge(const CoverageData& other);
    /// Totals over all files.
    [[nodiscard]] CoverageTotals totals() const;
};

/// Totals of one file.
CoverageTotals totals_of(const FileCoverage& file);

}  // namespace tollgate
