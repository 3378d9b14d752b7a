#include "NoteParamEditors.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUuid>

namespace amodesk {

QWidget *paramEditor(const NoteParamSpec &spec, QWidget *parent)
{
    QWidget *w = nullptr;
    if (spec.kind == NoteParamSpec::Kind::Text) {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->setMinimumHeight(90);
        w = text;
    } else if (spec.kind == NoteParamSpec::Kind::Choice) {
        auto *box = new QComboBox(parent);
        for (const auto &s : NoteForm::cashierStatuses())
            box->addItem(s.second, s.first);
        w = box;
    } else {
        auto *line = new QLineEdit(parent);
        line->setPlaceholderText(spec.placeholder);
        if (spec.key == u"uniq")
            line->setText(QUuid::createUuid().toString(QUuid::WithoutBraces));
        w = line;
    }
    w->setObjectName(QStringLiteral("param_") + spec.key);
    return w;
}

QString paramText(const QWidget *w)
{
    if (auto *line = qobject_cast<const QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *text = qobject_cast<const QPlainTextEdit *>(w))
        return text->toPlainText().trimmed();
    if (auto *box = qobject_cast<const QComboBox *>(w))
        return box->currentData().toString();
    return {};
}

void setParamText(QWidget *w, const QString &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->setText(value);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        text->setPlainText(value);
    else if (auto *box = qobject_cast<QComboBox *>(w))
        box->setCurrentIndex(qMax(0, box->findData(value)));
}

} // namespace amodesk
