#pragma once

#include <QList>
#include <QtGlobal>

namespace wspulse {

// Network conditions of one direction of the link.
struct LinkConditions
{
    int latencyMs = 0;    // added to every byte
    int jitterMs = 0;     // +/- uniform, never reordering bytes
    qint64 bandwidth = 0; // bytes per second; 0: unlimited
    bool frozen = false;  // bytes held, nothing forwarded, TCP stays up

    bool operator==(const LinkConditions &o) const
    {
        return latencyMs == o.latencyMs && jitterMs == o.jitterMs && bandwidth == o.bandwidth && frozen == o.frozen;
    }
};

enum class LinkDirection { Up, Down }; // up: from us to the server

struct LinkPreset
{
    const char *name;
    const char *label; // untranslated
    LinkConditions up;
    LinkConditions down;
};
const QList<LinkPreset> &linkPresets();

} // namespace wspulse
