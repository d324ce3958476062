#include "jsonlinewriter.h"

#include "eventlog.h"

#include <QTimer>

#include <cstdio>

JsonLineWriter::JsonLineWriter(wspulse::EventLog *log, QObject *parent)
    : QObject(parent)
{
    connect(log, &wspulse::EventLog::added, this, &JsonLineWriter::append);
}

JsonLineWriter::~JsonLineWriter()
{
    flush();
}

void JsonLineWriter::append(const wspulse::Event &event)
{
    m_pending += event.toJsonLine();
    if (m_pending.size() > 256 * 1024) { // bounded, even if the loop never idles
        flush();
        return;
    }
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &JsonLineWriter::flush);
    }
}

void JsonLineWriter::flush()
{
    m_scheduled = false;
    if (m_pending.isEmpty())
        return;
    std::fwrite(m_pending.constData(), 1, size_t(m_pending.size()), stdout);
    std::fflush(stdout);
    m_pending.clear();
}
