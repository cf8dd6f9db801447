#pragma once

// The YAML text of the starter inventory `tollgate init` writes: zones from
// CODEOWNERS, candidate gates from the build files, the base from the
// remote HEAD. Pure: the inputs are read elsewhere.

#include "runner/init/codeowners_reader.hpp"
#include "runner/init/repo_probe.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// What the starter inventory is made of, each value with where it came from.
struct StarterInputs {
    std::string project;
    std::string project_origin;  ///< comment: "guessed: the repository's directory name"
    std::string base;
    std::string base_origin;  ///< comment: "from refs/remotes/origin/HEAD"
    std::optional<CodeownersFile> codeowners;
    std::vector<CandidateGate> gates;
};

/// How many of each thing the starter holds, for the verb's summary line.
struct StarterSummary {
    int zones = 0;
    int packets = 0;
    int gates = 0;
    int skipped_rules = 0;  ///< CODEOWNERS lines GitHub ignores, kept as comments
};

/// The starter inventory as YAML text; every guessed value carries a
/// `# from FILE:LINE` or `# guessed: …` comment.
std::string render_starter_inventory(const StarterInputs& inputs, StarterSummary* summary = nullptr);

/// The packet id that stands in for a CODEOWNERS owner ("@org/web" -> "org-web").
std::string owner_packet_id(const std::string& owner);

}  // namespace tollgate
