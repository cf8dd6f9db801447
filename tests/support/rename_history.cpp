#include "tests/support/rename_history.hpp"

#include "tests/support/temp_dir.hpp"

#include <algorithm>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>

namespace tollgate::test {

namespace {

constexpr std::uint32_t k_file = 0100644;
constexpr std::uint32_t k_executable = 0100755;
constexpr std::uint32_t k_link = 0120000;
constexpr std::uint32_t k_submodule = 0160000;
constexpr int k_even_lines = 100;  // "even" files: 100 lines of 24 bytes, so k edited lines = (100-k) %
constexpr int k_even_width = 24;

const char* const k_dirs[] = {"src",    "src/core", "src/net", "lib",    "lib/x/y", "docs",
                              "test/a", "test/b",   "tools",   "app/ui", "app/db",  "vendor/q"};
const char* const k_shared_names[] = {"util.c", "main.c", "index.js", "readme.md", "mod.rs", "config.h"};

class Generator {
public:
    explicit Generator(std::uint64_t seed) : m_rng(seed) {}

    // Uniform in [0, n): the engine's output is fixed by the standard, the modulo by us.
    std::size_t pick(std::size_t n) { return static_cast<std::size_t>(m_rng() % n); }
    bool chance(int percent) { return static_cast<int>(pick(100)) < percent; }

    std::string line(int width) {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789 ";
        std::string out;
        for (int i = 0; i + 1 < width; ++i) out += alphabet[pick(sizeof alphabet - 1)];
        return out + '\n';
    }
    std::string text(int lines, int min_width, int max_width) {
        std::string out;
        for (int i = 0; i < lines; ++i) out += line(min_width + static_cast<int>(pick(max_width - min_width + 1)));
        return out;
    }
    std::string even_text() { return text(k_even_lines, k_even_width, k_even_width); }
    std::string binary(std::size_t size) {
        std::string out;
        for (std::size_t i = 0; i < size; ++i) out += static_cast<char>(pick(4) == 0 ? 0 : pick(256));
        return out;
    }

    // Replaces `k` distinct lines by new lines of the same width (so the size stays).
    std::string edit_lines(const std::string& content, int k) {
        std::vector<std::string> lines;
        std::size_t start = 0;
        while (start < content.size()) {
            const auto end = content.find('\n', start);
            const std::size_t stop = end == std::string::npos ? content.size() : end + 1;
            lines.push_back(content.substr(start, stop - start));
            start = stop;
        }
        if (lines.empty()) return line(20);
        std::vector<std::size_t> order(lines.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[pick(i)]);
        for (int i = 0; i < k && i < static_cast<int>(order.size()); ++i) {
            std::string& l = lines[order[i]];
            const bool crlf = l.size() >= 2 && l[l.size() - 2] == '\r';
            const int width = static_cast<int>(l.size()) - (crlf ? 1 : 0);
            l = line(std::max(width, 2));
            if (crlf) l.insert(l.size() - 1, "\r");
        }
        std::string out;
        for (const auto& l : lines) out += l;
        return out;
    }
    std::string edit_bytes(std::string content, int k) {
        for (int i = 0; i < k && !content.empty(); ++i) content[pick(content.size())] = static_cast<char>(pick(256));
        return content;
    }
    static std::string to_crlf(const std::string& content) {
        std::string out;
        for (char c : content) {
            if (c == '\n' && (out.empty() || out.back() != '\r')) out += '\r';
            out += c;
        }
        return out;
    }

    std::string hex(int n) {
        static const char digits[] = "0123456789abcdef";
        std::string out;
        for (int i = 0; i < n; ++i) out += digits[pick(16)];
        return out;
    }

    // A path not in `tree` and not clashing with a file or folder there.
    std::string fresh_path(const GeneratedTree& tree, const std::string& name) {
        for (int attempt = 0;; ++attempt) {
            std::string path = std::string(k_dirs[pick(std::size(k_dirs))]) + "/" + name;
            if (attempt > 20)
                path = std::string(k_dirs[pick(std::size(k_dirs))]) + "/n" + std::to_string(++m_names) + "-" + name;
            if (tree.count(path) == 0) return path;
        }
    }
    std::string name(const std::string& extension = ".txt") {
        if (chance(35)) return k_shared_names[pick(std::size(k_shared_names))];
        return "f" + std::to_string(++m_names) + extension;
    }

    std::string any_path(const GeneratedTree& tree, std::uint32_t mode_type) {
        std::vector<const std::string*> paths;
        for (const auto& [path, file] : tree) {
            if ((file.mode & 0170000) == mode_type && path.find("swap") == std::string::npos) paths.push_back(&path);
        }
        return paths.empty() ? std::string() : *paths[pick(paths.size())];
    }

    void add_family(GeneratedTree& tree) {
        // Variants of one text, each a rename candidate for the others' destination.
        const std::string base = even_text();
        const int count = 5 + static_cast<int>(pick(3));
        const bool tied = chance(50);  // equal scores: every variant edited alike
        const int k = 10 + static_cast<int>(pick(30));
        const std::string shared = name();
        for (int i = 0; i < count; ++i) {
            const std::string n = chance(50) ? shared : name();
            tree[fresh_path(tree, n)] = {k_file, edit_lines(base, tied ? k : 5 + static_cast<int>(pick(50)))};
        }
        m_families.push_back(base);
    }

    void add_random_file(GeneratedTree& tree) {
        const auto kind = pick(100);
        if (kind < 40) tree[fresh_path(tree, name())] = {k_file, even_text()};
        else if (kind < 65) tree[fresh_path(tree, name())] = {k_file, text(5 + static_cast<int>(pick(55)), 8, 100)};
        else if (kind < 72)
            tree[fresh_path(tree, name())] = {k_file, to_crlf(text(10 + static_cast<int>(pick(40)), 10, 40))};
        else if (kind < 79) tree[fresh_path(tree, name(".bin"))] = {k_file, binary(200 + pick(2000))};
        else if (kind < 85) tree[fresh_path(tree, name())] = {k_file, ""};
        else if (kind < 91) tree[fresh_path(tree, name(""))] = {k_link, "../" + name()};
        else if (kind < 96) tree[fresh_path(tree, name(".sh"))] = {k_executable, text(20, 10, 30)};
        else tree[fresh_path(tree, name(""))] = {k_submodule, hex(40)};
    }

    // One random change to `tree`.
    void mutate(GeneratedTree& tree) {
        static const int k_edges[] = {0, 0, 24, 25, 26, 49, 50, 51, 10, 35, 60};
        const auto op = pick(20);
        const std::string path = any_path(tree, 0100000);
        if (path.empty()) return add_random_file(tree);
        GeneratedFile file = tree[path];
        auto moved = [&](const std::string& n) { return fresh_path(tree, n); };
        const std::string base = path.substr(path.rfind('/') + 1);
        const int k = k_edges[pick(std::size(k_edges))];
        switch (op) {
            case 0:
            case 1:  // edit in place
                tree[path].content = edit_lines(file.content, 1 + static_cast<int>(pick(30)));
                break;
            case 2:
            case 3: {  // move keeping the basename, edited at an edge
                tree.erase(path);
                file.content = looks_binary(file.content) ? edit_bytes(file.content, k) : edit_lines(file.content, k);
                tree[moved(base)] = file;
                break;
            }
            case 4:
            case 5: {  // move to a new name, edited at an edge
                tree.erase(path);
                file.content = looks_binary(file.content) ? edit_bytes(file.content, k) : edit_lines(file.content, k);
                tree[moved(name())] = file;
                break;
            }
            case 6: tree.erase(path); break;
            case 7: add_random_file(tree); break;
            case 8: {  // several destinations want one source, at equal or different edits
                tree.erase(path);
                const int n = 2 + static_cast<int>(pick(3));
                const bool same = chance(50);
                for (int i = 0; i < n; ++i) {
                    tree[moved(chance(40) ? base : name())] = {
                        file.mode, edit_lines(file.content, same ? k : k_edges[pick(std::size(k_edges))])};
                }
                break;
            }
            case 9: {  // a family's variants all go; one destination wants them all
                if (m_families.empty()) add_family(tree);
                const std::string& family = m_families[pick(m_families.size())];
                for (auto it = tree.begin(); it != tree.end();) {
                    const bool variant =
                        it->second.content.size() == family.size() && chance(70) && similar(it->second.content, family);
                    it = variant ? tree.erase(it) : std::next(it);
                }
                tree[moved(name())] = {k_file, edit_lines(family, k)};
                if (chance(50)) tree[moved(name())] = {k_file, edit_lines(family, k)};
                break;
            }
            case 10: add_family(tree); break;
            case 11: {  // CRLF: in place, or moved
                file.content = to_crlf(file.content);
                if (chance(50)) {
                    tree.erase(path);
                    tree[moved(chance(50) ? base : name())] = file;
                } else {
                    tree[path] = file;
                }
                break;
            }
            case 12: {  // identical copies here and there, then moved
                const int n = 2 + static_cast<int>(pick(3));
                for (int i = 0; i < n; ++i) tree[moved(chance(50) ? base : name())] = file;
                if (chance(50)) tree.erase(path);
                break;
            }
            case 13: {  // mode change, maybe with a move
                file.mode = file.mode == k_executable ? k_file : k_executable;
                if (chance(50)) {
                    tree.erase(path);
                    tree[moved(base)] = file;
                } else {
                    tree[path] = file;
                }
                break;
            }
            case 14: {  // type change: a file becomes a link to its own text (same blob, other mode)
                if (file.content.size() < 200 && !looks_binary(file.content)) {
                    tree[path] = {k_link, file.content};
                } else {
                    tree.erase(path);
                    tree[moved(name(""))] = {k_link, file.content.substr(0, 40)};
                }
                break;
            }
            case 15: {  // links and submodules move, exactly or changed
                const std::string other = any_path(tree, chance(50) ? k_link : k_submodule);
                if (other.empty()) return add_random_file(tree);
                GeneratedFile f = tree[other];
                tree.erase(other);
                if (chance(30)) f.content = f.mode == k_submodule ? hex(40) : f.content + "x";
                tree[moved(other.substr(other.rfind('/') + 1))] = f;
                break;
            }
            case 16: {  // empty files come and go
                tree[moved(chance(50) ? "empty.txt" : name())] = {k_file, ""};
                const std::string gone = any_path(tree, 0100000);
                if (!gone.empty() && tree[gone].content.empty()) tree.erase(gone);
                break;
            }
            case 17: {  // a file and a folder trade places
                const std::string spot = std::string(k_dirs[pick(std::size(k_dirs))]) + "/swap";
                if (tree.count(spot) > 0) {
                    const GeneratedFile f = tree[spot];
                    tree.erase(spot);
                    tree[spot + "/inner.txt"] = f;
                } else if (tree.count(spot + "/inner.txt") > 0) {
                    const GeneratedFile f = tree[spot + "/inner.txt"];
                    tree.erase(spot + "/inner.txt");
                    tree[spot] = f;
                } else {
                    tree[spot] = {k_file, even_text()};
                }
                break;
            }
            case 18: {  // a copy of a file that itself changes (a source for -C only)
                tree[moved(chance(50) ? base : name())] = {file.mode, edit_lines(file.content, k)};
                tree[path].content = edit_lines(file.content, 3);
                break;
            }
            default: {  // a long-line file: chunks cut at 64 bytes
                tree[moved(name())] = {k_file, text(5 + static_cast<int>(pick(20)), 60, 200)};
                break;
            }
        }
    }

    static bool looks_binary(const std::string& s) { return s.substr(0, 8000).find('\0') != std::string::npos; }
    // Same-sized line texts sharing at least a third of their lines: a family's variant.
    static bool similar(const std::string& a, const std::string& b) {
        std::set<std::string> lines;
        std::istringstream in(b);
        for (std::string l; std::getline(in, l);) lines.insert(l);
        std::istringstream other(a);
        int shared = 0;
        for (std::string l; std::getline(other, l);) shared += lines.count(l) > 0 ? 1 : 0;
        return shared * 3 >= static_cast<int>(lines.size());
    }

private:
    std::mt19937_64 m_rng;
    int m_names = 0;
    std::vector<std::string> m_families;
};

}  // namespace

RenameHistory::RenameHistory(std::uint64_t seed, int files, int commits) {
    Generator g(seed);
    GeneratedTree tree;
    for (int i = 0; i < 3; ++i) g.add_family(tree);
    while (static_cast<int>(tree.size()) < files) g.add_random_file(tree);
    m_trees.push_back(tree);
    for (int c = 1; c < commits; ++c) {
        if (c > 2 && g.chance(15)) {
            tree = m_trees[g.pick(m_trees.size() - 1)];  // back to an earlier tree: ranges that undo
        }
        const int ops = 4 + static_cast<int>(g.pick(16));
        for (int i = 0; i < ops; ++i) g.mutate(tree);
        m_trees.push_back(tree);
    }
}

std::string RenameHistory::fast_import_stream() const {
    std::ostringstream out;
    std::map<std::string, int> marks;
    int next = 1;
    for (const auto& tree : m_trees) {
        for (const auto& [path, file] : tree) {
            if (file.mode == k_submodule || marks.count(file.content) > 0) continue;
            marks[file.content] = next;
            out << "blob\nmark :" << next++ << "\ndata " << file.content.size() << "\n" << file.content << "\n";
        }
    }
    for (std::size_t c = 0; c < m_trees.size(); ++c) {
        const std::string message = "c" + std::to_string(c) + "\n";
        out << "commit refs/heads/main\nmark :" << 1000000 + c << "\ncommitter Test <test@example.com> "
            << 1737360000 + c * 60 << " +0000\ndata " << message.size() << "\n"
            << message << "deleteall\n";
        for (const auto& [path, file] : m_trees[c]) {
            char mode[8];
            std::snprintf(mode, sizeof mode, "%o", file.mode);
            out << "M " << mode << " "
                << (file.mode == k_submodule ? file.content : ":" + std::to_string(marks.at(file.content))) << " "
                << path << "\n";
        }
        out << "\n";
    }
    return out.str();
}

std::vector<std::string> import_history(const GitRepo& repo, const RenameHistory& history) {
    const auto stream = repo.path() / ".git" / "history.fi";
    {
        std::ofstream out(stream, std::ios::binary);
        out << history.fast_import_stream();
    }
    repo.git("fast-import --quiet --export-marks=.git/history.marks < .git/history.fi");
    std::map<long, std::string> commits;
    std::istringstream marks(read_file(repo.path() / ".git" / "history.marks"));
    for (std::string mark, id; marks >> mark >> id;) {
        const long n = std::stol(mark.substr(1));
        if (n >= 1000000) commits[n] = id;
    }
    std::vector<std::string> out;
    for (const auto& [mark, id] : commits) out.push_back(id);
    if (out.size() != history.trees().size()) throw std::runtime_error("fast-import lost commits");
    return out;
}

std::string rebuild_commands(const RenameHistory& history, const std::string& stream_path) {
    std::ofstream(stream_path, std::ios::binary) << history.fast_import_stream();
    return "git init -q -b main DIR && cd DIR && git fast-import --quiet < " + stream_path + "   # commit N is main~" +
           std::to_string(history.trees().size() - 1) + "-N";
}

}  // namespace tollgate::test
