#pragma once

#include "connectionstore.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

// Where to connect and how to get in, in one place: URL, headers, Origin,
// auth (bearer or basic), cookie, subprotocols, proxy and TLS files, with a
// name to save it under. Every field is checked before the dialog closes;
// secrets are typed into password fields and never shown back in clear.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setConnection(const wspulse::SavedConnection &connection);
    // What the fields say now; *error names the first field that is wrong.
    std::optional<wspulse::SavedConnection> connection(QString *error) const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *urlField() const { return m_url; }
    QPlainTextEdit *headersField() const { return m_headers; }
    QComboBox *authBox() const { return m_auth; }
    QLineEdit *secretField() const { return m_secret; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *proxyField() const { return m_proxy; }
    QLineEdit *subprotocolsField() const { return m_subprotocols; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    void showAuthFields();

    QLineEdit *m_name;
    QLineEdit *m_url;
    QPlainTextEdit *m_headers;
    QLineEdit *m_origin;
    QComboBox *m_auth;
    QLineEdit *m_user;
    QLineEdit *m_secret; // token or password
    QLineEdit *m_cookie;
    QLineEdit *m_subprotocols;
    QLineEdit *m_proxy;
    QLineEdit *m_ca;
    QLineEdit *m_clientCert;
    QLineEdit *m_clientKey;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    wspulse::SavedConnection m_base; // what the dialog does not edit (parameters, link)
};
