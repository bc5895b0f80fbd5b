// normalizedHubUrl.
#include "domain/HubUrl.h"

namespace mt {

QString normalizedHubUrl(const QString &url)
{
    QString out = url.trimmed();
    while (out.endsWith(QLatin1Char('/')))
        out.chop(1);
    return out;
}

} // namespace mt
