#pragma once

class PlaceStore;
class TripStore;

/**
 * Where the agenda, the exporters and the backup find the user's trips and places. Both are
 * optional: without them an agenda simply has no trips (as in tests of the bookmarks alone).
 */
struct TripSources
{
    TripStore *trips = nullptr;
    PlaceStore *places = nullptr;
    bool isEmpty() const { return !trips; }
};
