#pragma once

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QTest>
#include <QTimer>
#include <functional>

namespace testing {

// Runs `act` on the next modal dialog of type T once it is open: the slots under test block in
// exec(). Every act ends by closing its dialog; one left open fails the test and is closed, so
// a failed check never leaves the test waiting.
template <typename T>
void onNextDialog(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
        if (dialog->isVisible()) {
            QLabel *errors = dialog->template findChild<QLabel *>(QStringLiteral("errors"));
            QTest::qVerify(false, "dialog closed", qPrintable(errors ? errors->text() : dialog->windowTitle()), __FILE__, __LINE__);
            dialog->reject();
        }
    });
    timer->start();
}

// Clicks the button that accepts the dialog (OK, Add, Install, whatever its text), as a user
// ends a form.
inline void clickOk(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>{}) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    qFatal("%s has no button that accepts it", qPrintable(dialog->objectName()));
}

} // namespace testing
