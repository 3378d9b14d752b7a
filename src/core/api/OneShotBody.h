#pragma once

#include <QIODevice>

namespace amodesk {

// The body of a write, readable once. Qt's HTTP layer quietly sends a request again when the
// connection closes before the answer, even a POST that the server may already have carried
// out. It can only do so by rewinding the body; this body refuses to rewind once read, so Qt
// reports ContentReSendError instead, and the caller settles what happened itself.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    OneShotBody(const QByteArray &data, QObject *parent);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return m_pos == 0; }
    bool atEnd() const override { return m_pos >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace amodesk
