// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhash.h"

#include "remotelogging.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <optional>

namespace remote {

namespace {

constexpr int saltBytes = 16;
constexpr int keyBytes = 32;

struct ScryptParameters
{
    int log2N = 15;
    int r = 8;
    int p = 1;
};

struct ParsedHash
{
    ScryptParameters parameters;
    QByteArray salt;
    QByteArray key;
};

std::optional<QByteArray> scrypt(const QByteArray &password, const QByteArray &salt,
                                 const ScryptParameters &parameters)
{
    const quint64 n = quint64(1) << parameters.log2N;
    // scrypt needs 128 * r * N bytes (plus a little); OpenSSL refuses more than maxmem.
    const quint64 maxMemBytes
        = 128 * quint64(parameters.r) * n * quint64(parameters.p) * 2 + (quint64(1) << 20);
    QByteArray key(keyBytes, Qt::Uninitialized);
    const int ok = EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                                  reinterpret_cast<const unsigned char *>(salt.constData()),
                                  size_t(salt.size()), n, quint64(parameters.r),
                                  quint64(parameters.p), maxMemBytes,
                                  reinterpret_cast<unsigned char *>(key.data()), size_t(keyBytes));
    if (ok != 1)
        return std::nullopt;
    return key;
}

std::optional<ParsedHash> parse(const QString &storedHash)
{
    static const QRegularExpression form(QStringLiteral(
        "^\\$scrypt\\$ln=([0-9]{1,2}),r=([0-9]{1,2}),p=([0-9]{1,2})\\$([A-Za-z0-9+/=]+)\\$"
        "([A-Za-z0-9+/=]+)$"));
    const auto match = form.match(storedHash);
    if (!match.hasMatch())
        return std::nullopt;
    ParsedHash parsed;
    parsed.parameters.log2N = match.captured(1).toInt();
    parsed.parameters.r = match.captured(2).toInt();
    parsed.parameters.p = match.captured(3).toInt();
    if (parsed.parameters.log2N < 10 || parsed.parameters.log2N > 20 || parsed.parameters.r < 1
        || parsed.parameters.r > 32 || parsed.parameters.p < 1 || parsed.parameters.p > 16)
        return std::nullopt;
    const auto salt = QByteArray::fromBase64Encoding(match.captured(4).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(match.captured(5).toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.size() < 8 || key.decoded.size() != keyBytes)
        return std::nullopt;
    parsed.salt = salt.decoded;
    parsed.key = key.decoded;
    return parsed;
}

} // namespace

QString hashPassword(const QString &password, KdfCost cost)
{
    ScryptParameters parameters;
    if (cost == KdfCost::Minimal)
        parameters.log2N = 10;
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const auto key = scrypt(password.toUtf8(), salt, parameters);
    if (!key) {
        qCWarning(lcRemote) << "scrypt failed: no password hash made";
        return {};
    }
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(parameters.log2N)
        .arg(parameters.r)
        .arg(parameters.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key->toBase64()));
}

bool verifyPassword(const QString &password, const QString &storedHash)
{
    const auto parsed = parse(storedHash);
    if (!parsed)
        return false;
    const auto key = scrypt(password.toUtf8(), parsed->salt, parsed->parameters);
    return key && key->size() == parsed->key.size()
        && CRYPTO_memcmp(key->constData(), parsed->key.constData(), size_t(key->size())) == 0;
}

bool isPasswordHash(const QString &storedHash)
{
    return parse(storedHash).has_value();
}

} // namespace remote
