#include "banners.h"

Banners::Banners(QObject *parent)
    : QObject(parent)
{
    // Found by tests, which fire it rather than wait InfoTimeout.
    m_expiry.setObjectName(QStringLiteral("bannerExpiry"));
    m_expiry.setParent(this);
    m_expiry.setSingleShot(true);
    m_expiry.setInterval(InfoTimeout);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        const auto it = m_banners.constFind(m_page);
        if (it != m_banners.cend() && !it->error)
            remove(m_page);
    });
}

QString Banners::page() const
{
    return m_page;
}

void Banners::setPage(const QString &page)
{
    if (page == m_page)
        return;
    m_page = page;
    // A page shown again gives its news the full time again.
    m_expiry.stop();
    updateExpiry();
    Q_EMIT currentChanged();
}

bool Banners::isSeen() const
{
    return m_seen;
}

void Banners::setSeen(bool seen)
{
    if (seen == m_seen)
        return;
    m_seen = seen;
    if (!m_seen)
        m_expiry.stop();
    updateExpiry();
    Q_EMIT seenChanged();
}

QString Banners::text() const
{
    return textOf(m_page);
}

bool Banners::isError() const
{
    return m_banners.value(m_page).error;
}

void Banners::show(const QString &page, const QString &message, bool error, const QString &subject)
{
    if (message.isEmpty())
        return;
    m_banners.insert(page, Banner{message, error, subject});
    if (page != m_page)
        return;
    // New news on screen: its own full time.
    m_expiry.stop();
    updateExpiry();
    Q_EMIT currentChanged();
}

void Banners::dismiss()
{
    remove(m_page);
}

void Banners::resolve(const QString &subject)
{
    if (subject.isEmpty())
        return;
    QStringList pages;
    for (auto it = m_banners.cbegin(); it != m_banners.cend(); ++it) {
        if (it->error && it->subject == subject)
            pages << it.key();
    }
    for (const QString &page : std::as_const(pages))
        remove(page);
}

QString Banners::textOf(const QString &page) const
{
    return m_banners.value(page).text;
}

void Banners::remove(const QString &page)
{
    if (!m_banners.remove(page) || page != m_page)
        return;
    m_expiry.stop();
    Q_EMIT currentChanged();
}

void Banners::updateExpiry()
{
    const auto it = m_banners.constFind(m_page);
    const bool expires = m_seen && it != m_banners.cend() && !it->error;
    if (!expires)
        m_expiry.stop();
    else if (!m_expiry.isActive())
        m_expiry.start();
}
