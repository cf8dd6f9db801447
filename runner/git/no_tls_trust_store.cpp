// Why this file exists: Debian 12's libgit2 1.5.1 is built against mbedTLS
// and, inside git_libgit2_init(), parses the whole system CA bundle
// (/etc/ssl/certs/ca-certificates.crt, some 140 certificates) in case a later
// call opens an HTTPS remote. That parse is most of the start-up cost of every
// verb that touches git (9 of 14 ms CPU measured for a bare init + open).
//
// tollgate never talks to a remote: it reads local refs, objects and notes
// only. So the executable defines the two mbedTLS loaders libgit2 calls;
// symbols of the executable take precedence over those of shared libraries,
// so libgit2's calls land here. They load nothing and say so: were a TLS
// connection ever opened, certificate verification would fail (closed),
// never trust an unverified peer.
//
// This file is compiled into each executable that links tollgate_core (an
// INTERFACE source), not into the static library, whose members the linker
// would not pull in for a shared library's undefined symbols.

#include <atomic>

namespace tollgate::git_trust_store {

/// How many times libgit2 asked for CA certificates (for the test that pins the skip).
std::atomic<int> skipped_loads{0};

}  // namespace tollgate::git_trust_store

extern "C" {

// mbedtls_x509_crt_parse_file(mbedtls_x509_crt* chain, const char* path):
// returns 0 with the chain left empty.
int mbedtls_x509_crt_parse_file(void* chain, const char* path) {
    (void)chain, (void)path;
    ++tollgate::git_trust_store::skipped_loads;
    return 0;
}

// mbedtls_x509_crt_parse_path(mbedtls_x509_crt* chain, const char* path): the
// directory form; returns 0 (no certificate failed to parse) with the chain empty.
int mbedtls_x509_crt_parse_path(void* chain, const char* path) {
    (void)chain, (void)path;
    ++tollgate::git_trust_store::skipped_loads;
    return 0;
}

}  // extern "C"
