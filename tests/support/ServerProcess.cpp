#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Souk::Test {

ServerProcess::ServerProcess(QStringList extraArgs, QString dataDir)
    : m_args(std::move(extraArgs))
    , m_dataDir(std::move(dataDir))
{
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    }
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        kill();
}

QString ServerProcess::binary()
{
    // SOUK_TEST_SERVER_BINARY runs the tests against another build, such as a copy of the
    // binary from before a fix, to see a regression test fail there.
    const QString other = qEnvironmentVariable("SOUK_TEST_SERVER_BINARY");
    return other.isEmpty() ? QStringLiteral(SOUK_SERVER_BINARY) : other;
}

bool ServerProcess::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary());
    m_process->setArguments(
        QStringList {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, m_dataDir}
        + m_args);
    m_process->start();
    if (!m_process->waitForStarted(5000)) {
        m_error = u"could not start "_s + binary();
        return false;
    }
    static const QRegularExpression listening(u"listening on http://[^:]+:(\\d+)"_s);
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        m_logs += m_process->readAllStandardError();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    m_error = u"server did not report its port; stdout: "_s + QString::fromUtf8(out)
        + u" stderr: "_s + QString::fromUtf8(m_logs);
    return false;
}

void ServerProcess::kill()
{
    // A finished process has pid 0, and kill(0) would signal this test's own process group.
    if (!m_process || m_process->state() == QProcess::NotRunning || m_process->processId() <= 0)
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(5000);
    m_logs += m_process->readAllStandardError();
}

bool ServerProcess::stop()
{
    if (!m_process)
        return true;
    m_process->terminate();
    const bool finished = m_process->waitForFinished(10000);
    m_logs += m_process->readAllStandardError();
    return finished && m_process->exitStatus() == QProcess::NormalExit
        && m_process->exitCode() == 0;
}

QUrl ServerProcess::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

qint64 ServerProcess::rssKiB() const
{
    QFile status(u"/proc/%1/status"_s.arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray ServerProcess::logs()
{
    if (m_process)
        m_logs += m_process->readAllStandardError();
    return m_logs;
}

int ServerProcess::run(const QStringList &args, QByteArray *output, const QByteArray &stdinData)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binary(), args);
    if (!process.waitForStarted(5000))
        return -1;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace Souk::Test
