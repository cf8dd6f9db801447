#include "runner/hooks/hook_installer.hpp"

#include "runner/core/atomic_file.hpp"
#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/hooks/hook_scripts.hpp"

#include <fstream>
#include <sstream>

namespace tollgate {

namespace {

namespace fs = std::filesystem;

constexpr const char* k_chained_suffix = ".tollgate-chained";

std::string quoted(const fs::path& p) {
    return "'" + printable(p.string()) + "'";
}

std::string single_quote(const std::string& s) {
    std::string out = "'";
    for (const char c : s) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

bool is_ours(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    // The marker is on the second line, after the shebang.
    for (int i = 0; i < 3 && std::getline(in, line); ++i) {
        if (line.rfind(hook_marker, 0) == 0) return true;
    }
    return false;
}

// lstat-style: a dangling symlink still "exists" here.
bool present(const fs::path& p) {
    std::error_code ec;
    return fs::symlink_status(p, ec).type() != fs::file_type::not_found && !ec;
}

void check_dir(const HookTarget& target) {
    std::error_code ec;
    if (fs::is_directory(target.dir, ec)) return;
    if (target.configured) {
        throw EnvironmentError("core.hooksPath is " + quoted(target.dir) +
                                   (present(target.dir) ? ", which is not a directory" : ", which does not exist"),
                               "create it (mkdir -p " + single_quote(target.dir.string()) +
                                   ") or point core.hooksPath elsewhere, then run 'tollgate hook install' again");
    }
    fs::create_directories(target.dir, ec);
    if (ec) throw EnvironmentError("cannot create the hooks directory " + quoted(target.dir) + ": " + ec.message());
}

void refuse_odd_file(const fs::path& hook) {
    std::error_code ec;
    const auto status = fs::symlink_status(hook, ec);
    if (status.type() == fs::file_type::symlink) {
        const auto target = fs::read_symlink(hook, ec);
        throw EnvironmentError(quoted(hook) + " is a symlink (to " + quoted(target) +
                                   "); tollgate neither moves nor rewrites it, as its target may serve other "
                                   "repositories or tools",
                               "replace the link with a script that runs its target, or remove it, then run "
                               "'tollgate hook install' again: the script will then be kept and chained");
    }
    if (status.type() != fs::file_type::regular) {
        throw EnvironmentError(quoted(hook) + " exists and is not a regular file", "move it away first");
    }
}

}  // namespace

std::string to_string(HookKind kind) {
    return kind == HookKind::pre_push ? "pre-push" : "pre-merge-commit";
}

HookKind parse_hook_kind(const std::string& name) {
    if (name == "pre-push") return HookKind::pre_push;
    if (name == "pre-merge-commit") return HookKind::pre_merge_commit;
    throw UsageError("unknown hook '" + printable(name) + "'", "tollgate installs pre-push and pre-merge-commit");
}

std::string hook_script(HookKind kind, const std::string& tollgate) {
    std::string text(kind == HookKind::pre_push ? pre_push_script() : pre_merge_commit_script());
    const std::string from = "TOLLGATE=\"${TOLLGATE:-tollgate}\"";
    const auto at = text.find(from);
    if (at != std::string::npos && !tollgate.empty()) {
        // Single quotes are literal inside "${…}", so the default is a separate assignment.
        text.replace(at, from.size(),
                     "TOLLGATE=\"${TOLLGATE:-}\"; [ -n \"$TOLLGATE\" ] || TOLLGATE=" + single_quote(tollgate));
    }
    return text;
}

std::vector<std::string> install_hook(const HookTarget& target, HookKind kind) {
    check_dir(target);
    const fs::path hook = target.dir / to_string(kind);
    const fs::path chained = target.dir / (to_string(kind) + k_chained_suffix);
    std::vector<std::string> done;
    if (present(hook)) {
        refuse_odd_file(hook);
        if (is_ours(hook)) {
            done.push_back("replaced tollgate's " + quoted(hook));
        } else {
            if (present(chained)) {
                throw EnvironmentError(
                    "both " + quoted(hook) + " and " + quoted(chained) + " exist; tollgate will not overwrite either",
                    "merge them into one hook by hand, then run 'tollgate hook install' again");
            }
            std::error_code ec;
            fs::rename(hook, chained, ec);
            if (ec) throw EnvironmentError("cannot move " + quoted(hook) + " aside: " + ec.message());
            done.push_back("kept the existing hook as " + quoted(chained) + "; it runs first");
        }
    }
    write_file_atomically(hook, hook_script(kind, target.tollgate));
    std::error_code ec;
    fs::permissions(hook, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec, fs::perm_options::add,
                    ec);
    if (ec) throw EnvironmentError("cannot make " + quoted(hook) + " executable: " + ec.message());
    done.push_back("installed " + quoted(hook));
    return done;
}

std::vector<std::string> uninstall_hook(const HookTarget& target, HookKind kind) {
    const fs::path hook = target.dir / to_string(kind);
    const fs::path chained = target.dir / (to_string(kind) + k_chained_suffix);
    std::vector<std::string> done;
    if (!present(hook)) {
        done.push_back("no " + to_string(kind) + " hook in " + quoted(target.dir) + "; nothing to do");
        return done;
    }
    std::error_code ec;
    if (fs::symlink_status(hook, ec).type() != fs::file_type::regular || !is_ours(hook)) {
        throw UsageError(quoted(hook) + " was not installed by tollgate; left alone",
                         "remove it by hand if you mean to");
    }
    fs::remove(hook, ec);
    if (ec) throw EnvironmentError("cannot remove " + quoted(hook) + ": " + ec.message());
    done.push_back("removed " + quoted(hook));
    if (present(chained)) {
        fs::rename(chained, hook, ec);
        if (ec) throw EnvironmentError("cannot restore " + quoted(chained) + ": " + ec.message());
        done.push_back("restored the previous hook " + quoted(hook));
    }
    return done;
}

}  // namespace tollgate
