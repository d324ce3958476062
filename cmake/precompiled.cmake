# Precompiled Qt headers. Every target parses the same few Qt headers in each
# translation unit; precompiling them once per kind of target roughly halves
# the build, which is most of the CI run (three builds: normal, sanitized, fuzz).
option(WSPULSE_PCH "Precompile the Qt headers" ON)

set(WSPULSE_PCH_CORE
    <QObject> <QString> <QStringList> <QByteArray> <QList> <QHash> <QSet> <QPointer>
    <QJsonObject> <QJsonArray> <QJsonDocument> <QDateTime> <QUrl> <QTimer> <QCoreApplication>
    <QRegularExpression> <QHostAddress> <QTcpSocket> <QSslConfiguration> <QNetworkProxy>
    <QWebSocket> <QSettings>)
set(WSPULSE_PCH_UI ${WSPULSE_PCH_CORE}
    <QWidget> <QLabel> <QPushButton> <QComboBox> <QLineEdit> <QBoxLayout> <QMenu> <QPainter>
    <QAbstractItemModel>)
set(WSPULSE_PCH_TESTS <QtTest> <QSignalSpy> <QTcpServer> <QWebSocket> <QWebSocketServer>
    <QProcess> <QJsonDocument> <QJsonObject> <QJsonArray> <QTemporaryDir>)

# wspulse_pch(target CORE|UI): the target precompiles its own set.
function(wspulse_pch target kind)
    if(WSPULSE_PCH)
        target_precompile_headers(${target} PRIVATE ${WSPULSE_PCH_${kind}})
    endif()
endfunction()

# wspulse_reuse_pch(target from): many small targets with the same flags share
# one precompiled header instead of building one each.
function(wspulse_reuse_pch target from)
    if(WSPULSE_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()

# wspulse_pch_holder(name kind libs...): a target that only builds a shared set.
function(wspulse_pch_holder name kind)
    if(WSPULSE_PCH)
        set(stub ${CMAKE_CURRENT_BINARY_DIR}/${name}_stub.cpp)
        file(WRITE ${stub} "// holds the precompiled header that other targets reuse\n")
        add_library(${name} OBJECT ${stub})
        target_link_libraries(${name} PRIVATE ${ARGN})
        target_precompile_headers(${name} PRIVATE ${WSPULSE_PCH_${kind}})
    endif()
endfunction()
