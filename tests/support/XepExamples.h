#pragma once

// Payloads taken from XEP examples, for unit and integration tests alike.
#include <QString>

namespace qmuc::test::examples {

// XEP-0486 §3.2 (Example 4): a red square as SVG; §3.3 (Example 7): the hash a room advertises for it.
inline const QString SvgAvatar = QStringLiteral(
    "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIzMiIgaGVpZ2h0PSIzMiI+CiA8cmVjdCB4PSIwIiB5PSIwIiB3aWR0aD0iMzIiIGhlaWdodD0iMzIiIGZpbGw9InJlZCIvPgo8L3N2Zz4K");
inline const QString SvgAvatarHash = QStringLiteral("a31c4bd04de69663cfd7f424a8453f4674da37ff");
// XEP-0317 §2.1 (Example 1).
inline const QString TeacherAssistant = QStringLiteral("http://tech.example.edu/hats#TeacherAssistant");

} // namespace qmuc::test::examples
