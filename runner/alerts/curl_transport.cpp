// The only file that includes <curl/curl.h>. libcurl is not linked: on this
// kind of machine loading it and the ~30 libraries it needs (OpenSSL,
// nghttp2, libssh2, LDAP, Kerberos, …) costs more at every start than most
// verbs take in all, and only `--notify` ever needs it (compare
// runner/git/libgit_loader.cpp). The handful of functions are looked up with
// dlsym the first time a request is made.
#include "runner/alerts/alert_transport.hpp"

#include <curl/curl.h>
#include <dlfcn.h>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace tollgate {

namespace {

struct CurlFunctions {
    CURLcode (*global_init)(long) = nullptr;
    CURL* (*easy_init)() = nullptr;
    CURLcode (*easy_setopt)(CURL*, CURLoption, ...) = nullptr;
    CURLcode (*easy_perform)(CURL*) = nullptr;
    CURLcode (*easy_getinfo)(CURL*, CURLINFO, ...) = nullptr;
    void (*easy_cleanup)(CURL*) = nullptr;
    const char* (*easy_strerror)(CURLcode) = nullptr;
    curl_slist* (*slist_append)(curl_slist*, const char*) = nullptr;
    void (*slist_free_all)(curl_slist*) = nullptr;
    std::string missing;  ///< why it could not be loaded, or ""
};

template <typename Fn>
void bind(void* library, const char* name, Fn& out, std::string& missing) {
    out = reinterpret_cast<Fn>(dlsym(library, name));
    if (out == nullptr && missing.empty()) missing = std::string("libcurl lacks ") + name;
}

const CurlFunctions& curl() {
    static CurlFunctions functions;
    static std::once_flag once;
    std::call_once(once, [] {
        void* library = dlopen(TOLLGATE_LIBCURL_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (library == nullptr) {
            functions.missing = std::string("cannot load ") + TOLLGATE_LIBCURL_SONAME +
                                " (install libcurl4, e.g. apt-get install libcurl4)";
            return;
        }
        std::string& missing = functions.missing;
        bind(library, "curl_global_init", functions.global_init, missing);
        bind(library, "curl_easy_init", functions.easy_init, missing);
        bind(library, "curl_easy_setopt", functions.easy_setopt, missing);
        bind(library, "curl_easy_perform", functions.easy_perform, missing);
        bind(library, "curl_easy_getinfo", functions.easy_getinfo, missing);
        bind(library, "curl_easy_cleanup", functions.easy_cleanup, missing);
        bind(library, "curl_easy_strerror", functions.easy_strerror, missing);
        bind(library, "curl_slist_append", functions.slist_append, missing);
        bind(library, "curl_slist_free_all", functions.slist_free_all, missing);
        if (missing.empty() && functions.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            missing = "libcurl failed to initialise";
    });
    return functions;
}

// Owns one easy handle and the header list it uses.
class Easy {
public:
    Easy() : m_handle(curl().easy_init()) {}
    ~Easy() {
        if (m_handle != nullptr) curl().easy_cleanup(m_handle);
        if (m_list != nullptr) curl().slist_free_all(m_list);
    }
    Easy(const Easy&) = delete;
    Easy& operator=(const Easy&) = delete;

    [[nodiscard]] CURL* get() const { return m_handle; }
    curl_slist* list(const std::vector<std::string>& items) {
        for (const auto& item : items) m_list = curl().slist_append(m_list, item.c_str());
        return m_list;
    }

private:
    CURL* m_handle;
    curl_slist* m_list = nullptr;
};

std::size_t discard_body(char* /*data*/, std::size_t size, std::size_t count, void* /*user*/) {
    return size * count;
}

std::size_t keep_retry_after(char* data, std::size_t size, std::size_t count, void* user) {
    const std::string line(data, size * count);
    static constexpr std::string_view k_name = "retry-after:";
    if (line.size() > k_name.size()) {
        std::string head = line.substr(0, k_name.size());
        for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (head == k_name) {
            std::string value = line.substr(k_name.size());
            const auto first = value.find_first_not_of(" \t");
            const auto last = value.find_last_not_of(" \t\r\n");
            *static_cast<std::string*>(user) = first == std::string::npos ? "" : value.substr(first, last - first + 1);
        }
    }
    return size * count;
}

// The message body handed to SMTP piece by piece.
struct Upload {
    const std::string* text;
    std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* upload = static_cast<Upload*>(user);
    const std::size_t n = std::min(size * count, upload->text->size() - upload->offset);
    std::copy_n(upload->text->data() + upload->offset, n, buffer);
    upload->offset += n;
    return n;
}

void common_options(CURL* handle, const std::string& url, Millis timeout) {
    const auto& c = curl();
    c.easy_setopt(handle, CURLOPT_URL, url.c_str());
    c.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    c.easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
    c.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeout.count()));
    // Only the schemes a channel may use: a URL from the environment cannot make tollgate read file://.
    c.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https,smtp,smtps");
}

class CurlTransport final : public AlertTransport {
public:
    HttpResponse post(const HttpRequest& request) override {
        HttpResponse response;
        const auto& c = curl();
        if (!c.missing.empty()) {
            response.error = c.missing;
            return response;
        }
        Easy easy;
        if (easy.get() == nullptr) {
            response.error = "libcurl could not create a handle";
            return response;
        }
        common_options(easy.get(), request.url, request.timeout);
        c.easy_setopt(easy.get(), CURLOPT_POST, 1L);
        c.easy_setopt(easy.get(), CURLOPT_POSTFIELDS, request.body.c_str());
        c.easy_setopt(easy.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        c.easy_setopt(easy.get(), CURLOPT_HTTPHEADER, easy.list(request.headers));
        c.easy_setopt(easy.get(), CURLOPT_WRITEFUNCTION, &discard_body);
        c.easy_setopt(easy.get(), CURLOPT_HEADERFUNCTION, &keep_retry_after);
        c.easy_setopt(easy.get(), CURLOPT_HEADERDATA, &response.retry_after);
        const CURLcode code = c.easy_perform(easy.get());
        if (code != CURLE_OK) {
            // curl_easy_strerror names the kind of failure, never the URL (which may hold a token).
            response.error = c.easy_strerror(code);
            return response;
        }
        c.easy_getinfo(easy.get(), CURLINFO_RESPONSE_CODE, &response.status);
        return response;
    }

    std::string send_mail(const MailRequest& request) override {
        const auto& c = curl();
        if (!c.missing.empty()) return c.missing;
        Easy easy;
        if (easy.get() == nullptr) return "libcurl could not create a handle";
        common_options(easy.get(), request.url, request.timeout);
        // STARTTLS when offered; required once a password would otherwise cross in clear.
        c.easy_setopt(easy.get(), CURLOPT_USE_SSL, request.password.empty() ? CURLUSESSL_TRY : CURLUSESSL_ALL);
        if (!request.user.empty()) c.easy_setopt(easy.get(), CURLOPT_USERNAME, request.user.c_str());
        if (!request.password.empty()) c.easy_setopt(easy.get(), CURLOPT_PASSWORD, request.password.c_str());
        const std::string from = "<" + request.from + ">";
        c.easy_setopt(easy.get(), CURLOPT_MAIL_FROM, from.c_str());
        std::vector<std::string> to;
        for (const auto& t : request.to) to.push_back("<" + t + ">");
        c.easy_setopt(easy.get(), CURLOPT_MAIL_RCPT, easy.list(to));
        Upload upload{&request.message};
        c.easy_setopt(easy.get(), CURLOPT_READFUNCTION, &read_upload);
        c.easy_setopt(easy.get(), CURLOPT_READDATA, &upload);
        c.easy_setopt(easy.get(), CURLOPT_UPLOAD, 1L);
        const CURLcode code = c.easy_perform(easy.get());
        return code == CURLE_OK ? std::string() : std::string(c.easy_strerror(code));
    }
};

}  // namespace

std::unique_ptr<AlertTransport> make_curl_transport() {
    return std::make_unique<CurlTransport>();
}

}  // namespace tollgate
