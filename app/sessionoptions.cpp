#include "sessionoptions.h"

#include "appkeepalive.h"
#include "chatclient.h"
#include "linksimulator.h"
#include "messagerepeater.h"
#include "outboxstore.h"
#include "replytimer.h"
#include "session.h"

using namespace wspulse;

void configureSession(Session *session, const CommandLine &options)
{
    session->setSubprotocols(options.subprotocols);
    session->setHandshake(options.handshake); // checked when the command line was read
    if (!options.connectionName.isEmpty())
        session->addConfigExtras({{QLatin1String("connection"), options.connectionName}});
    session->chat()->setDisplayName(options.displayName);
    if (options.outbox)
        session->setOutboxDirectory(OutboxKeeper::defaultDirectory());
    session->replyTimer()->setIdField(options.replyIdField);
    session->appKeepalive()->setCustomHeartbeat(options.customHeartbeat);
    if (options.link) {
        if (options.linkSeed)
            session->link()->setSeed(*options.linkSeed);
        session->setLinkEnabled(true);
    }
}

void startSessionExtras(Session *session, const CommandLine &options)
{
    if (options.link) {
        session->link()->setConditions(LinkDirection::Up, options.linkUp);
        session->link()->setConditions(LinkDirection::Down, options.linkDown);
    }
    if (options.sendEvery)
        session->repeater()->start(options.sendEvery->seconds, options.sendEvery->text);
}
