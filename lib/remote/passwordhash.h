// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Passwords of the web remote, kept only as scrypt hashes (OpenSSL's EVP_PBE_scrypt, a
/// memory-hard KDF) with a random salt per password. Stored form:
/// `$scrypt$ln=15,r=8,p=1$<salt base64>$<key base64>`; the cost travels with the hash, so a
/// hash made with another cost still verifies.
namespace remote {

/// How expensive a new hash is. Interactive: N = 2^15, r = 8 (32 MiB, ~0.1 s here): for real
/// passwords. Minimal: N = 2^10 for tests only, where hundreds of logins must be quick.
enum class KdfCost { Interactive, Minimal };

/// A new stored hash for `password`; empty when the KDF fails (out of memory).
[[nodiscard]] QString hashPassword(const QString &password, KdfCost cost = KdfCost::Interactive);

/// Whether `password` matches `storedHash` (constant-time comparison). false for a malformed
/// hash or one whose cost is out of the accepted range (ln 10..20, r 1..32, p 1..16).
/// Slow by design: call it off the GUI thread.
[[nodiscard]] bool verifyPassword(const QString &password, const QString &storedHash);

/// Whether `storedHash` has the stored form above (for settings validation).
[[nodiscard]] bool isPasswordHash(const QString &storedHash);

} // namespace remote
