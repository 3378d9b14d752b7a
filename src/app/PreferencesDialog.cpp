#include "PreferencesDialog.h"
#include "ui_PreferencesDialog.h"

#include "FollowNotifier.h"
#include "Translations.h"
#include "cache/EventCache.h"
#include "domain/TimeText.h"
#include "store/LocalStore.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace amodesk {

PreferencesDialog::PreferencesDialog(const QString &accountId, int rate, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()), m_accountId(accountId)
{
    m_ui->setupUi(this);
    QSettings settings;
    m_ui->language->addItem(tr("As the system"), QString());
    for (const InterfaceLanguage &language : interfaceLanguages())
        m_ui->language->addItem(language.name, language.code);
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(chosenInterfaceLanguage())));

    // Each choice shows how a time reads with it.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const DateStyle before = dateStyle();
    for (const auto &[style, name] : {std::pair{DateStyle::Locale, tr("As the system")}, std::pair{DateStyle::Iso, tr("ISO 8601")}}) {
        setDateStyle(style);
        m_ui->dateStyle->addItem(QStringLiteral("%1 (%2)").arg(name, shortTime(now)), int(style));
    }
    setDateStyle(before);
    m_ui->dateStyle->setCurrentIndex(int(before));

    m_ui->accountBox->setEnabled(!accountId.isEmpty());
    m_ui->rate->setValue(rate);
    m_ui->rate->setSuffix(tr(" requests a second"));
    m_ui->cachePath->setText(accountId.isEmpty() ? tr("No account is open") : QDir::toNativeSeparators(EventCache::pathFor(accountId)));
    showCacheSize();
    connect(m_ui->clearCache, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Clear the event cache"),
                                  tr("Delete the events kept on this computer? They are read from the account again as you "
                                     "scroll; the account itself is not touched.")) != QMessageBox::Yes)
            return;
        Q_EMIT clearCacheRequested();
        showCacheSize();
    });
    m_ui->followNotifications->setChecked(FollowNotifier::enabled());
}

PreferencesDialog::~PreferencesDialog() = default;

int PreferencesDialog::rate() const
{
    return m_ui->rate->value();
}

void PreferencesDialog::showCacheSize()
{
    const qint64 bytes = m_accountId.isEmpty() ? 0 : localstore::eventCacheBytes(m_accountId);
    m_ui->cacheSize->setText(bytes > 0 ? QLocale().formattedDataSize(bytes) : tr("empty"));
    m_ui->clearCache->setEnabled(bytes > 0);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    setChosenInterfaceLanguage(m_ui->language->currentData().toString());
    const auto style = DateStyle(m_ui->dateStyle->currentData().toInt());
    settings.setValue(QStringLiteral("ui/date_style"), style == DateStyle::Iso ? QStringLiteral("iso") : QString());
    setDateStyle(style);
    FollowNotifier::setEnabled(m_ui->followNotifications->isChecked());
    QDialog::accept();
}

} // namespace amodesk
