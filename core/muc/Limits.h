#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace qmuc {

// A rate: at most `count` events in `seconds`, as a token bucket that holds `count` tokens and
// gains count/seconds of them each second (bursts up to `count`, then the steady rate).
// count 0 is no limit.
struct Rate {
    int count = 0;
    int seconds = 1;
    bool limited() const { return count > 0 && seconds > 0; }
    QString toString() const;
    static std::optional<Rate> parse(const QString &text); // "N/S", or "0" for no limit
    bool operator==(const Rate &) const = default;
};

// What an occupant or a stranger may make the service spend (DESIGN.md, "Limits and abuse"), the
// [limits] section of the settings. Each is checked by the feature or service code that owns it.
struct Limits {
    // Per occupant (features/Flood.cpp).
    Rate groupchat{30, 10};
    Rate privateMessages{20, 10};
    Rate presence{10, 30};     // presence updates and nick changes
    Rate iqs{200, 10};         // IQs to room/nick: a client may fetch every occupant's vCard on join
    Rate voiceRequests{2, 60};
    Rate invitations{10, 60};
    int kickAfter = 40;        // stanzas refused in one burst before the flooder is kicked; 0: never
    // Per user (bare JID) and per domain, at the service (MucService).
    Rate joinsPerUser{100, 60};  // a client with many bookmarks joins them all at once
    Rate joinsPerDomain{1000, 60};
    Rate creationsPerUser{60, 60};  // rooms_per_creator bounds what a user keeps
    Rate creationsPerDomain{300, 60};
    int maxRooms = 100000;
    int roomsPerCreator = 50;  // rooms a user owns, at creation
    int occupantsPerRoom = 1000; // for rooms whose owner set no maximum
    int sessionsPerOccupant = 10;
    int maxBodyBytes = 16384;
    int maxSubjectBytes = 1024;
    int maxNickChars = 64;
    int historyBytes = 262144;  // recent history a room keeps for replay, in bytes of payload
    Rate passwordGuesses{5, 300}; // wrong passwords per user and room
    int rejoinReplaySeconds = 10; // a session joining again gets the occupants and history at most this often
    int discoItems = 100;      // rooms in a disco#items answer without RSM (XEP-0059 §2.6)
    bool operator==(const Limits &) const = default;
};

// What a refusal was for, for the operator's event list and log.
enum class LimitKind {
    Groupchat,
    PrivateMessage,
    Presence,
    Iq,
    VoiceRequest,
    Invitation,
    Flooding,   // kicked
    Join,
    Creation,
    Rooms,
    Password,
    Blocked,    // on the real-time block list
};

// Milliseconds on a monotonic clock, for rates and intervals.
qint64 monotonicMs();

// Token buckets by key (a bare JID, a domain), for tables that grow with every stranger: entries
// whose bucket has filled up again are forgotten, and the table never holds more than `capacity`.
class RateTable
{
public:
    explicit RateTable(qsizetype capacity = 10000)
        : m_capacity(capacity)
    {
    }
    struct Outcome {
        bool allowed = true;
        int refused = 0;  // refusals in this burst so far (1: the burst just began)
    };
    // One event for `key` now; refused when the bucket is empty.
    Outcome take(const QString &key, const Rate &rate);
    // As take(), at `nowMs` on a monotonic clock.
    Outcome take(const QString &key, const Rate &rate, qint64 nowMs);
    // Whether the next take() for `key` would be refused, without taking.
    bool exhausted(const QString &key, const Rate &rate) const;
    qsizetype size() const { return m_buckets.size(); }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
        qint64 fillMs = 0; // how long its rate takes to fill it from empty
        int refused = 0;
    };
    // Makes room for one more entry.
    void expire(qint64 nowMs);

    QHash<QString, Bucket> m_buckets;
    qsizetype m_capacity;
};

} // namespace qmuc
