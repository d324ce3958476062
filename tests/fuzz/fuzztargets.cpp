#include "fuzztargets.h"

#include "chatprotocol.h"
#include "event.h"
#include "parameters.h"
#include "settings.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace wspulse;

namespace {
void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

QString toText(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}
} // namespace

int fuzzChatProtocol(const uint8_t *data, size_t size)
{
    const QString frame = toText(data, size);
    // Whatever a client sends, decoding yields a request or an error with a reason.
    const chat::ClientFrame c = chat::decodeClientFrame(frame);
    if (const auto *e = std::get_if<chat::ChatProtocolError>(&c))
        require(!e->text.isEmpty(), "client frame error without a reason");
    if (const auto *m = std::get_if<chat::ChatRequest>(&c)) {
        // Encoding what we decoded and decoding again gives the same request.
        const chat::ClientFrame again = chat::decodeClientFrame(chat::encode(*m));
        const auto *m2 = std::get_if<chat::ChatRequest>(&again);
        require(m2 && m2->id == m->id && m2->text == m->text && m2->sentAt == m->sentAt, "chat request round trip");
    }
    if (const auto *r = std::get_if<chat::RenameRequest>(&c))
        require(chat::validateName(r->name).isEmpty(), "accepted an invalid name");
    const chat::ServerFrame s = chat::decodeServerFrame(frame);
    if (const auto *e = std::get_if<chat::ChatProtocolError>(&s))
        require(!e->text.isEmpty(), "server frame error without a reason");
    if (const auto *h = std::get_if<chat::Hello>(&s)) {
        const chat::ServerFrame again = chat::decodeServerFrame(chat::encode(*h));
        const auto *h2 = std::get_if<chat::Hello>(&again);
        require(h2 && h2->you == h->you && h2->users == h->users && h2->history.size() == h->history.size(),
                "hello round trip");
    }
    return 0;
}

int fuzzSettings(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Param p = Param(data[0] % ParamCount);
    const QString text = toText(data + 1, size - 1);
    double value = -1;
    const QString error = Settings::validate(p, text, QStringLiteral("FUZZ"), &value);
    const ParamDef &def = paramDef(p);
    if (error.isEmpty()) {
        // Anything accepted is finite, in range, and 0 only where 0 means off.
        require(std::isfinite(value), "accepted a non-finite value");
        require(value == 0 ? def.zeroSwitchesOff : value >= def.minimum && value <= def.maximum,
                "accepted out of range");
        require(!def.integral || value == std::floor(value), "accepted a fraction of a whole unit");
        Settings s;
        require(s.set(p, text, Source::Runtime).isEmpty() && s.value(p) == value, "set disagrees with validate");
    } else {
        require(error.contains(QStringLiteral("FUZZ")), "an error that does not name its origin");
        Settings s;
        const double before = s.value(p);
        require(!s.set(p, text, Source::Runtime).isEmpty() && s.value(p) == before,
                "a refused value changed the setting");
    }
    return 0;
}

int fuzzEventJson(const uint8_t *data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Event> e = Event::fromJson(line, &error);
    require(e || !error.isEmpty(), "a refusal without a reason");
    if (!e)
        return 0;
    // What we print, we read back as the same event.
    const QByteArray printed = e->toJsonLine();
    const std::optional<Event> again = Event::fromJson(printed, &error);
    require(again.has_value(), "cannot read back a printed event");
    require(again->type == e->type && again->tMs == e->tMs && again->fields == e->fields, "event round trip");
    require(QJsonDocument::fromJson(printed).isObject(), "printed event is not a JSON object");
    return 0;
}
