#include "settingsimplications.h"

#include "settings.h"

namespace wspulse {

const QList<Intermediary> &commonIntermediaries()
{
    static const QList<Intermediary> list = {
        {"nginx proxy_read_timeout", 60},
        {"AWS ALB", 60},
        {"Cloudflare", 100},
    };
    return list;
}

// QWebSocketDataProcessor's partial-frame read timeout (not configurable before Qt 6.8).
constexpr double kQtReadTimeoutSeconds = 5;

SettingsImplications implicationsOf(const Settings &s)
{
    SettingsImplications out;
    const double ping = s.value(Param::PingInterval);
    const double pong = s.value(Param::PongTimeout);
    const double idle = s.value(Param::IdleTimeout);
    out.pingSeconds = ping;
    out.idleSeconds = idle;
    if (ping > 0 && pong > 0)
        out.deadPeerSeconds = ping + pong;
    if (idle <= 0)
        out.quiet = SettingsImplications::Quiet::NeverClosed;
    else if (ping > 0 && ping < idle)
        out.quiet = SettingsImplications::Quiet::KeptOpenByPings;
    else
        out.quiet = SettingsImplications::Quiet::ClosesWhenIdle;
    for (const Intermediary &i : commonIntermediaries()) {
        if (ping <= 0 || ping > i.idleSeconds)
            out.cutters << i;
    }
    out.qtReadTimeoutFirst = idle > kQtReadTimeoutSeconds || pong > kQtReadTimeoutSeconds;
    return out;
}

QList<SettingsImplications::Sentence> SettingsImplications::sentences(const QString &emphasis) const
{
    const auto seconds = [&emphasis](double v) { return emphasis.arg(QStringLiteral("%1 s").arg(v)); };
    QList<Sentence> lines;
    if (deadPeerSeconds)
        lines << Sentence{tr("A dead peer goes unnoticed for up to %1 (ping interval + pong timeout).")
                              .arg(seconds(*deadPeerSeconds))};
    else
        lines << Sentence{tr("A dead peer is %1 by pings (ping interval or pong timeout is off).")
                              .arg(emphasis.arg(tr("never detected")))};
    switch (quiet) {
    case Quiet::NeverClosed:
        lines << Sentence{tr("A quiet connection is never closed as idle.")};
        break;
    case Quiet::KeptOpenByPings:
        lines << Sentence{
            tr("A quiet connection stays open: keep-alive pings every %1 s count as activity.").arg(pingSeconds)};
        break;
    case Quiet::ClosesWhenIdle:
        lines << Sentence{tr("A quiet connection closes after %1.").arg(seconds(idleSeconds))};
        break;
    }
    if (!cutters.isEmpty()) {
        QStringList names;
        for (const Intermediary &i : cutters)
            names << QStringLiteral("%1 (%2 s)").arg(QLatin1String(i.name)).arg(i.idleSeconds);
        lines << Sentence{
            tr("%1 would cut a quiet connection before a ping keeps it open.").arg(names.join(QStringLiteral(", "))),
            true};
    }
    if (qtReadTimeoutFirst)
        lines << Sentence{tr("A partly received frame that stalls is closed by Qt itself after 5 s (1001), "
                             "before longer idle or pong timeouts can act.")};
    return lines;
}

} // namespace wspulse
