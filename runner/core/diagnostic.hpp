#pragma once

#include "runner/core/source_location.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// How bad a diagnostic is: errors fail `validate`, warnings do not.
enum class Severity { error, warning, note };

/// One finding about an input, pinned to where it was found.
struct Diagnostic {
    Severity severity = Severity::error;
    SourceLocation where;
    std::string message;
    std::string hint;  ///< optional "did you mean"/"to fix" text

    /// "file:line:col: error: message (hint)" as compilers print it.
    [[nodiscard]] std::string str() const;
};

/// Collects diagnostics so every problem is reported in one run.
class Diagnostics {
public:
    /// Records an error at `where`.
    void error(SourceLocation where, std::string message, std::string hint = {});
    /// Records a warning at `where`.
    void warning(SourceLocation where, std::string message, std::string hint = {});
    /// Records an already built diagnostic.
    void add(Diagnostic d);
    /// Appends all of `other`.
    void merge(const Diagnostics& other);

    [[nodiscard]] bool has_errors() const { return m_error_count > 0; }
    [[nodiscard]] int error_count() const { return m_error_count; }
    [[nodiscard]] int warning_count() const { return m_warning_count; }
    [[nodiscard]] const std::vector<Diagnostic>& all() const { return m_items; }
    /// Sorted by file, line, column, keeping insertion order for ties.
    [[nodiscard]] std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> m_items;
    int m_error_count = 0;
    int m_warning_count = 0;
};

/// Edit distance based suggestion: the closest candidate, or "" if none is close.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace tollgate
