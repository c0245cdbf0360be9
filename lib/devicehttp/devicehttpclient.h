// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

class QNetworkReply;

/// What an IP-Rotator's HTTP side (port 88, plain text) says about the unit. MQTT cannot tell
/// a client the range or the beam width unless they change while it listens; this can.
struct DeviceHttpInfo
{
    std::optional<int> startAzimuthDeg; ///< /readStart
    std::optional<int> maxRotateDeg; ///< /readMax
    std::optional<int> beamWidthDeg; ///< /readAnt
    QString name; ///< /readAntName
    std::optional<bool> elevationMode; ///< /readElevation
    QString firmwareRevision; ///< /readRev
    std::optional<qint64> uptimeSec; ///< /readUptime
    std::optional<bool> pwmEnabled; ///< /readPwmUi, first field
    std::optional<int> pwmMaxDuty; ///< /readPwmUi, second field: the SPEED setting 40..255

    friend bool operator==(const DeviceHttpInfo &, const DeviceHttpInfo &) = default;
};

/// Reads a unit's HTTP side and sets its SPEED (PwmMaxDuty), the one setting only HTTP can
/// change. Never turns the antenna: commands stay on MQTT. Asynchronous; one round of reads at a
/// time; Digest authentication (user admin) answered by Qt with the password given.
class DeviceHttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceHttpClient)

public:
    /// The firmware's own port.
    static constexpr quint16 defaultPort = 88;
    /// The firmware's user name for Digest authentication.
    static constexpr QLatin1String userName {"admin"};
    /// SPEED limits (the firmware's setPwmMaxDuty range).
    static constexpr int minPwmMaxDuty = 40;
    static constexpr int maxPwmMaxDuty = 255;
    /// A read that takes longer counts as unreachable (a remote unit behind NAT never answers).
    static constexpr int defaultTimeoutMs = 4000;

    /// How the last round of reads (or the last SPEED change) ended.
    enum class Status : std::uint8_t {
        NotAsked, ///< nothing read yet
        Reading, ///< a round of reads runs
        Reachable, ///< every read answered sensibly
        Unreachable, ///< refused, no route, timeout: the unit's HTTP side cannot be reached
        LoginRefused, ///< it wants a password and the one given (or none) was refused
        BadReply, ///< it answered, but not as an IP-Rotator does
    };
    Q_ENUM(Status)

    explicit DeviceHttpClient(QObject *parent = nullptr);
    ~DeviceHttpClient() override;

    /// Host (the address the unit publishes on `ip`) and port. Changing them forgets what was
    /// read.
    void setEndpoint(const QString &host, quint16 port = defaultPort);
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    /// The Digest password (empty: none).
    void setPassword(const QString &password);
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    /// Reads everything again; infoChanged() and statusChanged() tell the outcome.
    void refresh();
    /// Sets SPEED (40..255, false at once outside); speedSet() tells the outcome.
    bool setPwmMaxDuty(int duty);

    [[nodiscard]] const DeviceHttpInfo &info() const { return m_info; }
    [[nodiscard]] Status status() const { return m_status; }
    /// English detail of the last failure, for logs and tooltips.
    [[nodiscard]] QString detail() const { return m_detail; }

signals:
    void infoChanged();
    void statusChanged(DeviceHttpClient::Status status);
    void speedSet(bool ok);

private:
    [[nodiscard]] QNetworkReply *get(const QString &path);
    void onReadFinished(QNetworkReply *reply, int generation);
    void finishRound();
    void setStatus(Status status, const QString &detail = {});
    [[nodiscard]] Status failureOf(QNetworkReply *reply) const;

    QNetworkAccessManager m_network;
    QString m_host;
    quint16 m_port = defaultPort;
    QString m_password;
    int m_timeoutMs = defaultTimeoutMs;
    DeviceHttpInfo m_info;
    DeviceHttpInfo m_reading;
    Status m_status = Status::NotAsked;
    QString m_detail;
    int m_generation = 0;
    int m_outstanding = 0;
    std::optional<Status> m_roundFailure;
    QString m_roundDetail;
};
