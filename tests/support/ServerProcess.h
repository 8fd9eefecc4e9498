#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace Souk::Test {

//! The real souk-server binary, started on port 0 with its own data directory.
class ServerProcess
{
public:
    //! `dataDir` empty: a fresh temporary directory, removed with this object.
    explicit ServerProcess(QStringList extraArgs = {}, QString dataDir = {});
    ~ServerProcess();

    //! Starts the server and waits for its "listening on" line. On failure, `error()` says why.
    bool start();
    //! SIGKILL, as a crash or power cut would; the data directory stays.
    void kill();
    //! SIGTERM and wait for a clean exit.
    bool stop();

    QUrl url(const QString &path) const;
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dataDir; }
    QString databasePath() const { return m_dataDir + QStringLiteral("/souk.db"); }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    //! Resident memory in KiB, from /proc.
    qint64 rssKiB() const;
    //! Everything the server logged on stderr so far.
    QByteArray logs();
    QString error() const { return m_error; }

    static QString binary();
    //! Runs the binary with arguments to completion (migrate, admin create, routes, ...).
    static int run(const QStringList &args, QByteArray *output = nullptr,
                   const QByteArray &stdinData = {});

private:
    QStringList m_args;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_logs;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Souk::Test
