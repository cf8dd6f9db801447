#pragma once

// `plan --format ctest`: the inventory's gates as CTest tests, for the CMake
// module's TEST_INCLUDE_FILES script (cmake-modules/Tollgate.cmake), which
// runs it when ctest starts so the inventory is read at test time.

#include "runner/inventory/model.hpp"

#include <string>

namespace tollgate {

/// Where the tests run and what they call.
struct CtestScriptOptions {
    std::string prefix;          ///< test names are PREFIX.GATE ("" → GATE)
    std::string executable;      ///< the tollgate binary each test runs
    std::string inventory_file;  ///< passed as --inventory (absolute)
    std::string working_dir;     ///< the inventory's root directory
};

/// The exit code that marks a manual gate as skipped under ctest.
inline constexpr int ctest_skip_code = 77;

/// One add_test() and one set_tests_properties() per gate: the test runs
/// `tollgate run --no-needs GATE`; LABELS are "tollgate", the gate's labels
/// and the ids of the packets and checkpoints listing it (so `ctest -L cp-1`
/// runs a checkpoint); a gate that others `need` is a FIXTURES_SETUP and its
/// dependants FIXTURES_REQUIRED it (ctest orders them and skips a dependant
/// when its setup fails); TIMEOUT is the gate's timeout plus 15 s, so
/// tollgate's own timeout (with its kill grace) fires first; a manual gate
/// exits ctest_skip_code, its SKIP_RETURN_CODE. Every string is a CMake
/// bracket argument, so no path or id can break out of it.
std::string render_ctest_script(const Inventory& inventory, const CtestScriptOptions& options);

/// `text` as a CMake bracket argument ([=[…]=] with enough '=').
std::string cmake_bracket(const std::string& text);

}  // namespace tollgate
