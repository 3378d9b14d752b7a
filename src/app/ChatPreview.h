#pragma once

#include "button/ChatButtonConfig.h"

#include <QWidget>

namespace amodesk {

// A mock of the website chat drawn with the configuration's colours, strings and layout, so
// the admin sees what the site's visitors will before copying the snippet.
class ChatPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPreview(QWidget *parent = nullptr);

    void setConfig(const ChatButtonConfig &config);
    QRect headerRect() const;   // empty when the header is hidden
    QRect composeRect() const;
    QRect buttonRect() const;   // the round chat button
    QString placeholderShown() const;
    QString languageShown() const; // the chat's language, or the interface's when the visitor's browser decides
    QSize sizeHint() const override { return {340, 470}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect panelRect() const;
    QString shown(const QString &key) const; // the configuration's own text, or the chat's in its language
    ChatButtonConfig m_config;
};

} // namespace amodesk
