#include "runner/report/ci_matrix.hpp"

#include "runner/core/json_writer.hpp"

namespace tollgate {

std::string render_github_matrix(int shards) {
    JsonWriter w(JsonWriter::Layout::compact, JsonWriter::KeyOrder::sorted);
    w.begin_object();
    w.key("include").begin_array();
    for (int k = 1; k <= shards; ++k) {
        w.begin_object();
        w.key("shard").value(std::to_string(k) + "/" + std::to_string(shards));
        w.key("index").value(k);
        w.key("total").value(shards);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.take();
}

}  // namespace tollgate
