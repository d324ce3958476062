#include "connectiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace wspulse;

namespace {
enum Auth { NoAuth, Bearer, Basic };
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_origin(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_cookie(new QLineEdit(this))
    , m_subprotocols(new QLineEdit(this))
    , m_proxy(new QLineEdit(this))
    , m_ca(new QLineEdit(this))
    , m_clientCert(new QLineEdit(this))
    , m_clientKey(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connection"));
    m_name->setPlaceholderText(tr("to save it: a name"));
    m_url->setPlaceholderText(tr("ws://host:port/path"));
    m_headers->setPlaceholderText(tr("One per line: Name: value"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 10);
    m_origin->setPlaceholderText(tr("none"));
    m_auth->addItems({tr("None"), tr("Bearer token"), tr("Basic (user and password)")});
    m_user->setPlaceholderText(tr("user"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_cookie->setEchoMode(QLineEdit::Password);
    m_cookie->setPlaceholderText(tr("name=value; ..."));
    m_subprotocols->setPlaceholderText(tr("in order of preference, comma-separated"));
    m_proxy->setPlaceholderText(tr("from the environment or the system; none: direct"));
    auto *authRow = new QHBoxLayout;
    authRow->addWidget(m_auth);
    authRow->addWidget(m_user);
    authRow->addWidget(m_secret, 1);
    const auto fileRow = [this](QLineEdit *field, const QString &title) {
        auto *row = new QHBoxLayout;
        auto *browse = new QPushButton(tr("Choose\u2026"), this);
        row->addWidget(field, 1);
        row->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, field, title] {
            const QString path = QFileDialog::getOpenFileName(this, title, field->text());
            if (!path.isEmpty())
                field->setText(path);
        });
        return row;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Headers:"), m_headers);
    form->addRow(tr("&Origin:"), m_origin);
    // Rows whose field is a layout get a label with a buddy, so that their
    // mnemonic works (and is not shown as a literal "&").
    const auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&Authentication:"), m_auth), authRow);
    form->addRow(tr("Coo&kie:"), m_cookie);
    form->addRow(tr("&Subprotocols:"), m_subprotocols);
    form->addRow(tr("&Proxy:"), m_proxy);
    form->addRow(labelFor(tr("Certificate au&thority:"), m_ca), fileRow(m_ca, tr("Certificate authority (PEM)")));
    form->addRow(labelFor(tr("Client &certificate:"), m_clientCert),
                 fileRow(m_clientCert, tr("Client certificate (PEM)")));
    form->addRow(labelFor(tr("Client ke&y:"), m_clientKey), fileRow(m_clientKey, tr("Client key (PEM)")));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::showAuthFields);
    showAuthFields();
    resize(560, sizeHint().height());
}

void ConnectionDialog::showAuthFields()
{
    const int auth = m_auth->currentIndex();
    m_user->setVisible(auth == Basic);
    m_secret->setVisible(auth != NoAuth);
    m_secret->setPlaceholderText(auth == Bearer ? tr("token") : tr("password"));
}

void ConnectionDialog::setConnection(const SavedConnection &c)
{
    m_base = c;
    const HandshakeOptions &h = c.handshake;
    m_name->setText(c.name);
    // Secrets inside the URL, the headers and the proxy are not shown back:
    // left as they are shown, they stay as they were (see connection()).
    m_url->setText(c.url.toString(QUrl::RemovePassword));
    QStringList headers;
    for (const auto &[name, value] : h.headers)
        headers << name + QStringLiteral(": ")
                + (HandshakeOptions::carriesCredentials(name) ? QStringLiteral("***") : value);
    m_headers->setPlainText(headers.join(QLatin1Char('\n')));
    m_origin->setText(h.origin);
    m_auth->setCurrentIndex(!h.bearerToken.isEmpty() ? Bearer : !h.basicUser.isEmpty() ? Basic : NoAuth);
    m_user->setText(h.basicUser);
    m_secret->setText(!h.bearerToken.isEmpty() ? h.bearerToken : h.basicPassword);
    m_cookie->setText(h.cookie);
    m_subprotocols->setText(c.subprotocols.join(QStringLiteral(", ")));
    m_proxy->setText(h.proxy.isEmpty() ? QString() : urlForDisplay(QUrl(h.proxy)));
    m_ca->setText(h.caFile);
    m_clientCert->setText(h.clientCertFile);
    m_clientKey->setText(h.clientKeyFile);
    showAuthFields();
}

std::optional<SavedConnection> ConnectionDialog::connection(QString *error) const
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    SavedConnection c = m_base;
    c.name = m_name->text().trimmed();
    const QString urlText = m_url->text().trimmed();
    c.url = QUrl(urlText);
    // A masked password stays the one kept, for the same server and user only.
    const auto keepPassword = [](QUrl url, const QUrl &kept) {
        if (url.password().isEmpty() && !kept.password().isEmpty() && url.scheme() == kept.scheme()
            && url.host() == kept.host() && url.port() == kept.port() && url.userName() == kept.userName())
            url.setPassword(kept.password());
        return url;
    };
    c.url = keepPassword(c.url, m_base.url);
    if (!urlText.isEmpty()
        && (!c.url.isValid() || c.url.host().isEmpty()
            || (c.url.scheme() != QLatin1String("ws") && c.url.scheme() != QLatin1String("wss"))))
        return fail(tr("URL: \"%1\" is not a ws:// or wss:// URL with a host")
                        .arg(c.url.isValid() ? c.url.toString(QUrl::RemovePassword) : urlText));
    HandshakeOptions h;
    for (const QString &line : m_headers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        QString why;
        auto header = HandshakeOptions::parseHeader(line, &why);
        if (!header) // the command line's words, without its option name
            return fail(tr("Headers: %1").arg(why.remove(QStringLiteral("--header "))));
        if (header->second == QLatin1String("***")) // shown masked, left as it was
            for (const auto &[name, value] : m_base.handshake.headers)
                if (name.compare(header->first, Qt::CaseInsensitive) == 0)
                    header->second = value;
        h.headers << *header;
    }
    h.origin = m_origin->text().trimmed();
    switch (m_auth->currentIndex()) {
    case Bearer:
        if (m_secret->text().isEmpty())
            return fail(tr("Authentication: the token is empty"));
        h.bearerToken = m_secret->text();
        break;
    case Basic:
        if (m_user->text().isEmpty())
            return fail(tr("Authentication: the user is empty"));
        h.basicUser = m_user->text();
        h.basicPassword = m_secret->text();
        break;
    default:
        break;
    }
    h.cookie = m_cookie->text();
    h.proxy = HandshakeOptions::normalizedProxy(m_proxy->text());
    if (h.proxy.contains(QLatin1String("://")))
        h.proxy = keepPassword(QUrl(h.proxy), QUrl(m_base.handshake.proxy)).toString();
    QString why;
    if (!h.proxy.isEmpty() && h.proxy != QLatin1String("none") && h.proxy != QLatin1String("direct")
        && !parseProxyUrl(h.proxy, &why))
        return fail(tr("Proxy: %1").arg(why));
    h.caFile = m_ca->text().trimmed();
    h.clientCertFile = m_clientCert->text().trimmed();
    h.clientKeyFile = m_clientKey->text().trimmed();
    if (const QString tls = h.validateTls(); !tls.isEmpty())
        return fail(tls);
    c.handshake = h;
    c.subprotocols.clear();
    for (const QString &p : m_subprotocols->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            c.subprotocols << p.trimmed();
    return c;
}

void ConnectionDialog::accept()
{
    QString error;
    if (!connection(&error)) {
        m_error->setText(error); // the dialog stays, with what was typed
        return;
    }
    m_error->clear();
    QDialog::accept();
}
