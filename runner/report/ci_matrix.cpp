#include "runner/report/ci_matrix.hpp"

#include <nlohmann/json.hpp>

namespace tollgate {

std::string render_github_matrix(int shards) {
    nlohmann::json include = nlohmann::json::array();
    for (int k = 1; k <= shards; ++k) {
        include.push_back(
            {{"shard", std::to_string(k) + "/" + std::to_string(shards)}, {"index", k}, {"total", shards}});
    }
    return nlohmann::json{{"include", include}}.dump() + "\n";
}

}  // namespace tollgate
