#pragma once

#include "runner/core/diagnostic.hpp"
#include "runner/core/exit_code.hpp"

#include <stdexcept>
#include <string>

namespace tollgate {

/// Base of every error tollgate raises; carries the exit code it maps to.
/// Errors are exceptions caught once in the CLI; failing gates are results.
class Error : public std::runtime_error {
public:
    Error(ExitCode code, const std::string& message, std::string hint = {})
        : std::runtime_error(message), m_code(code), m_hint(std::move(hint)) {}
    [[nodiscard]] ExitCode code() const { return m_code; }
    /// What the user can do about it; may be empty.
    [[nodiscard]] const std::string& hint() const { return m_hint; }

private:
    ExitCode m_code;
    std::string m_hint;
};

/// Bad command line (exit 2).
class UsageError : public Error {
public:
    explicit UsageError(const std::string& message, std::string hint = {})
        : Error(ExitCode::usage, message, std::move(hint)) {}
};

/// The inventory is unusable (exit 2); holds every diagnostic found.
class InventoryError : public Error {
public:
    explicit InventoryError(Diagnostics diagnostics);
    [[nodiscard]] const Diagnostics& diagnostics() const { return m_diagnostics; }

private:
    Diagnostics m_diagnostics;
};

/// The environment is wrong: not a repo, unknown ref, shallow history, I/O (exit 3).
class EnvironmentError : public Error {
public:
    explicit EnvironmentError(const std::string& message, std::string hint = {})
        : Error(ExitCode::environment, message, std::move(hint)) {}
};

/// The run was interrupted by a signal (exit 130).
class InterruptedError : public Error {
public:
    InterruptedError() : Error(ExitCode::interrupted, "interrupted") {}
};

}  // namespace tollgate
