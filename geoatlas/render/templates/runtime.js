/*
 * geoatlas map runtime.
 *
 * Turns the compact tables geoatlas embeds (towns, control intervals per view,
 * gzip-compressed claims in an inert element) into Leaflet layers: one circle marker per control
 * interval, drawn on the canvas, created the first time its interval is shown
 * and reused after; popups are written on click from the claims table.
 *
 * Every string in the tables that came from an article was HTML-escaped by
 * geoatlas (geoatlas/render/payload.py) and links are http(s) only, so the
 * strings below are inserted as they are.
 */
function geoatlasRuntime(config, claimsElement) {
  "use strict";
  var DAY = 86400000;
  var MAX_LISTED = 200;
  var towns = config.towns;
  var claims = null;
  var claimsPromise = null;
  var timelines = {};
  var townIndex = new Map(towns.map(function (town, index) { return [town[0], index]; }));

  function isoDay(day) {
    return new Date(day * DAY).toISOString().slice(0, 10);
  }

  function formatDate(time) {
    return isoDay(Math.floor(time / DAY));
  }

  // An index of one view's rows for leaflet.timeline: per town, its intervals
  // in start order (the order geoatlas writes them), so that the rows active at
  // a time are one binary search per town. leaflet.timeline's own interval tree
  // took 100 ms per view to build at 100,000 events; this takes a few.
  function indexRows(timeline, rows) {
    var byTown = [];
    var times = new Set();
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      (byTown[row[0]] || (byTown[row[0]] = [])).push(row);
      times.add(row[2] * DAY);
      times.add(row[3] * DAY);
    }
    var lists = byTown.filter(function (list) { return list !== undefined; });
    timeline.ranges = {
      lookup: function (time) {
        var day = time / DAY;
        var active = [];
        for (var t = 0; t < lists.length; t++) {
          var list = lists[t];
          var low = 0;
          var high = list.length - 1;
          var found = -1;
          while (low <= high) {
            var middle = (low + high) >> 1;
            if (list[middle][2] <= day) {
              found = middle;
              low = middle + 1;
            } else {
              high = middle - 1;
            }
          }
          if (found >= 0 && day < list[found][3]) {
            active.push(list[found]);
          }
        }
        return active;
      },
    };
    timeline.times = Array.from(times).sort(function (a, b) { return a - b; });
    timeline.start = timeline.times.length ? timeline.times[0] : 0;
    timeline.end = timeline.times.length ? timeline.times[timeline.times.length - 1] : 0;
    timeline.time = timeline.start;
  }

  function loadClaims() {
    if (claimsPromise === null) {
      var binary = atob(claimsElement.textContent.trim());
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
      }
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      claimsPromise = new Response(stream).text().then(function (text) {
        claims = JSON.parse(text);
        return claims;
      });
    }
    return claimsPromise;
  }

  function dateText(index) {
    var day = claims.day[index];
    var precision = config.precisions[claims.precision[index]];
    var published = claims.articles[claims.article[index]][2];
    if (day < 0 || precision === "unknown") {
      return published >= 0 ? "undated (published " + isoDay(published) + ")" : "undated";
    }
    if (precision === "month") {
      return isoDay(day).slice(0, 7);
    }
    if (precision === "published") {
      return isoDay(day) + " (publication date)";
    }
    return isoDay(day);
  }

  function claimItem(index, today) {
    var article = claims.articles[claims.article[index]];
    var source = claims.strings[article[0]] || "source unknown";
    var link = article[1]
      ? '<a href="' + article[1] + '" target="_blank" rel="noopener noreferrer">' + source + "</a>"
      : source;
    var actor = claims.strings[claims.actor[index]];
    var written = claims.written[index];
    var parts = [
      '<span class="ga-date">' + dateText(index) + "</span>",
      "<b>" + claims.strings[claims.status[index]] + "</b>",
    ];
    if (actor) {
      parts.push("by " + (config.actors[actor] || actor));
    }
    parts.push("claimed by " + claims.strings[claims.claimant[index]]);
    var later = claims.day[index] > today ? ' class="ga-later"' : "";
    return (
      "<li" + later + ">" + parts.join(" · ") +
      (claims.quote[index] >= 0
        ? '<q class="ga-quote">' + claims.quotes[claims.quote[index]] + "</q>"
        : '<span class="ga-quote ga-muted">(older claim: its sentence is in the event table)</span>') +
      '<span class="ga-source">' + link +
      (written >= 0 ? ' · written "' + claims.strings[written] + '"' : "") +
      "</span></li>"
    );
  }

  function claimList(townIndex, view, time) {
    var side = config.viewSides[view];
    var today = Math.floor(time / DAY);
    var chosen = [];
    for (var i = claims.offsets[townIndex]; i < claims.offsets[townIndex + 1]; i++) {
      if (side < 0 || claims.side[i] === side) {
        chosen.push(i);
      }
    }
    if (chosen.length === 0) {
      return '<p class="ga-muted">No claim in this layer.</p>';
    }
    // A town fought over for years has thousands of claims: list the latest.
    var shown = chosen.slice(-MAX_LISTED);
    var count = chosen.length === 1 ? "1 claim" : chosen.length.toLocaleString("en") + " claims";
    var note = shown.length < chosen.length
      ? '<div class="ga-muted">the latest ' + shown.length + " shown; the others are in the event table</div>"
      : "";
    return '<div class="ga-count">' + count + ", in date order</div>" + note +
      '<ol class="ga-claims" start="' + (chosen.length - shown.length + 1) + '">' +
      shown.map(function (index) { return claimItem(index, today); }).join("") + "</ol>";
  }

  function popupHead(row, view) {
    var town = towns[row[0]];
    var state = config.states[row[1]];
    var until = row[3] <= config.lastDay ? " to " + isoDay(row[3] - 1) : "";
    var population = town[4] > 0 ? '<span class="ga-muted"> · pop. ' + town[4].toLocaleString("en") + "</span>" : "";
    var approximate = town[6] > 0
      ? '<div class="ga-muted ga-approximate">Location approximate (about ' + town[6] +
        " km): a village placed at the centre of its hromada</div>"
      : "";
    return (
      '<div class="ga-town">' + town[1] + population + "</div>" + approximate +
      '<div class="ga-state"><span class="ga-swatch" style="background:' + state.colour + '"></span>' +
      state.label + ' <span class="ga-muted">(' + config.views[view] + ")</span></div>" +
      '<div class="ga-muted">from ' + isoDay(row[2]) + until + ": " + config.labels[row[4]] +
      ", claimed by " + config.labels[row[5]] + "</div>"
    );
  }

  function popupFor(marker, timeline, view) {
    var row = marker.gaRow;
    var head = popupHead(row, view);
    if (claims === null) {
      loadClaims().then(
        function () {
          marker.getPopup().setContent(popupFor(marker, timeline, view));
        },
        function (error) {
          marker.getPopup().setContent(head + '<p class="ga-muted">The claims cannot be read in this browser (' +
            String(error).replace(/[<>&"]/g, "") + ").</p>");
        }
      );
      return head + '<p class="ga-muted">Reading the claims…</p>';
    }
    return head + claimList(row[0], view, timeline.time);
  }

  var POPUP_OPTIONS = {
    maxWidth: 460,
    className: "ga-popup",
    // keep an opened popup clear of the title banner and the slider
    autoPanPaddingTopLeft: L.point(60, 80),
    autoPanPaddingBottomRight: L.point(20, 110),
  };

  function markerFor(row) {
    var town = towns[row[0]];
    var marker = L.circleMarker([town[2], town[3]], {
      radius: town[5],
      color: "#222222",
      weight: 1,
      opacity: 0.9,
      fillColor: config.states[row[1]].colour,
      fillOpacity: 0.9,
      dashArray: town[6] > 0 ? "2 2" : null,
    });
    marker.gaRow = row;
    return marker;
  }

  // One marker per town and view, made when the town first shows and then
  // restyled as its state changes: a slider step costs the towns that change.
  // (leaflet.timeline's own update compares every shown layer with every active
  // feature and makes a new layer each time, quadratic in the towns.) A view
  // that is not on the map waits until it is shown.
  function attach(timeline, view, rows) {
    indexRows(timeline, rows);
    var markers = new Map();
    var shown = new Set();
    var stale = false;

    function update() {
      var active = timeline.ranges.lookup(timeline.time);
      var next = new Set();
      for (var i = 0; i < active.length; i++) {
        var row = active[i];
        var marker = markers.get(row[0]);
        if (marker === undefined) {
          marker = markerFor(row);
          markers.set(row[0], marker);
        } else if (marker.gaRow !== row) {
          if (marker.gaRow[1] !== row[1]) {
            marker.setStyle({ fillColor: config.states[row[1]].colour });
          }
          marker.gaRow = row;
        }
        next.add(row[0]);
        if (!shown.has(row[0])) {
          timeline.addLayer(marker);
        }
      }
      shown.forEach(function (town) {
        if (!next.has(town)) {
          timeline.removeLayer(markers.get(town));
        }
      });
      shown = next;
      stale = false;
    }

    timeline.updateDisplayedLayers = function () {
      if (this._map) {
        update();
      } else {
        stale = true;
      }
    };
    timeline.on("add", function () {
      if (stale) {
        update();
      }
    });
    // Tooltips and popups are bound on first use, not for every marker up front.
    timeline.on("mouseover", function (event) {
      var marker = event.layer;
      if (!marker.getTooltip()) {
        marker.bindTooltip(towns[marker.gaRow[0]][1]).openTooltip();
      }
    });
    timeline.on("click", function (event) {
      var marker = event.layer;
      if (!marker.getPopup()) {
        marker.bindPopup(function () {
          return popupFor(marker, timeline, view);
        }, POPUP_OPTIONS).openPopup();
      }
    });
    timeline.markerOf = function (geonameid) {
      if (stale) {
        update();
      }
      var town = townIndex.get(geonameid);
      return town !== undefined && shown.has(town) ? markers.get(town) : null;
    };
    timelines[view] = timeline;
    return timeline;
  }

  // What a town shows in a view at the slider's time: the state's key, or null.
  function stateOf(view, geonameid) {
    var marker = timelines[view] ? timelines[view].markerOf(geonameid) : null;
    return marker ? config.states[marker.gaRow[1]].key : null;
  }

  return {
    attach: attach,
    formatDate: formatDate,
    loadClaims: loadClaims,
    stateOf: stateOf,
    timelines: timelines,
  };
}
