#include "NoteConflictDialog.h"

#include "describe/NoteDescriber.h"
#include "domain/TimeText.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>

namespace amodesk {

namespace {
QString describeVersion(const QJsonObject &note, const QJsonObject &fallback = {})
{
    const QString type = note.value(QStringLiteral("note_type")).toString(fallback.value(QStringLiteral("note_type")).toString());
    const QJsonObject params = note.contains(QStringLiteral("params")) ? note.value(QStringLiteral("params")).toObject()
                                                                        : fallback.value(QStringLiteral("params")).toObject();
    QString html = QStringLiteral("<b>%1</b><br>").arg(NoteDescriber::typeName(type).toHtmlEscaped());
    for (auto it = params.begin(); it != params.end(); ++it)
        html += QStringLiteral("%1: %2<br>").arg(it.key().toHtmlEscaped(), it.value().toVariant().toString().toHtmlEscaped());
    if (note.contains(QStringLiteral("updated_at")))
        html += QStringLiteral("<i>%1</i>").arg(shortTime(note.value(QStringLiteral("updated_at")).toInteger()));
    return html;
}
} // namespace

NoteConflictDialog::NoteConflictDialog(const QJsonObject &loaded, const QJsonObject &server, const QJsonObject &mine, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("noteConflict"));
    setWindowTitle(tr("Note %1 changed on the server").arg(server.value(QStringLiteral("id")).toInteger()));
    auto *grid = new QGridLayout(this);
    auto *intro = new QLabel(tr("Someone changed this note after AmoDesk loaded it. Which version should stay?"), this);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 3);
    const QStringList titles{tr("When loaded"), tr("On the server now"), tr("Your change")};
    const QStringList bodies{describeVersion(loaded), describeVersion(server), describeVersion(mine, loaded)};
    for (int i = 0; i < 3; ++i) {
        grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(titles[i].toHtmlEscaped()), this), 1, i);
        auto *view = new QTextBrowser(this);
        view->setHtml(bodies[i]);
        view->setMinimumWidth(200);
        grid->addWidget(view, 2, i);
    }
    auto *buttons = new QDialogButtonBox(this);
    auto *mineButton = buttons->addButton(tr("Write my change"), QDialogButtonBox::AcceptRole);
    mineButton->setObjectName(QStringLiteral("keepMine"));
    auto *theirs = buttons->addButton(tr("Keep the server's version"), QDialogButtonBox::RejectRole);
    theirs->setObjectName(QStringLiteral("keepTheirs"));
    connect(mineButton, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(theirs, &QPushButton::clicked, this, [this] { done(KeepTheirs); });
    grid->addWidget(buttons, 3, 0, 1, 3);
    resize(760, 360);
}

} // namespace amodesk
