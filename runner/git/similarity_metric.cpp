#include "runner/git/similarity_metric.hpp"

#include "runner/git/similarity_signature.hpp"

#include <fstream>
#include <iterator>
#include <new>
#include <string>

namespace tollgate::libgit {

namespace {

struct Signed {
    std::uint64_t size = 0;
    SimilaritySignature signature;
};

// libgit2 calls these from C: nothing may throw through them.
int from_buffer(void** out, const git_diff_file* /*file*/, const char* buffer, std::size_t length, void* /*payload*/) {
    try {
        *out = new Signed{length, SimilaritySignature(std::string_view(buffer, length))};
        return 0;
    } catch (...) {
        *out = nullptr;
        return -1;
    }
}

int from_file(void** out, const git_diff_file* file, const char* full_path, void* payload) {
    try {
        std::ifstream in(full_path, std::ios::binary);
        if (!in) return -1;
        const std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        return from_buffer(out, file, content.data(), content.size(), payload);
    } catch (...) {
        *out = nullptr;
        return -1;
    }
}

void free_signature(void* signature, void* /*payload*/) {
    delete static_cast<Signed*>(signature);
}

// libgit2 wants a percentage; git's pairs reach -M50% exactly when
// copied × 100 ÷ larger does, so the threshold decides the same way.
int similarity(int* score, void* a, void* b, void* /*payload*/) {
    const auto* x = static_cast<const Signed*>(a);
    const auto* y = static_cast<const Signed*>(b);
    if (!sizes_can_match(x->size, y->size, k_max_similarity / 2)) {
        *score = 0;
        return 0;
    }
    const int git_score = similarity_score(copied_bytes(x->signature, y->signature), x->size, y->size);
    *score = git_score * 100 / k_max_similarity;
    return 0;
}

}  // namespace

git_diff_similarity_metric* git_similarity_metric() {
    static git_diff_similarity_metric metric{from_file, from_buffer, free_signature, similarity, nullptr};
    return &metric;
}

}  // namespace tollgate::libgit
