/* Cohésion observatory: chart PNG export, import progress, the choropleth map (no tile server). */
var CohesionObservation = (function () {
  "use strict";

  function byId(id) {
    return document.getElementById(id);
  }

  /** Downloads the canvas of a p:chart (its element) as a PNG on a white background. */
  function downloadPng(holder, name) {
    var canvas = holder ? holder.querySelector("canvas") : null;
    if (!canvas) {
      return false;
    }
    var copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    var ctx = copy.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(canvas, 0, 0);
    var link = document.createElement("a");
    link.href = copy.toDataURL("image/png");
    link.download = (name || "graphique") + ".png";
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    return false;
  }

  var timer = null;

  /** Polls the batch's progress (stored in the database, so any node answers) until stopped. */
  function pollProgress(url, barId, textId) {
    var bar = byId(barId);
    var text = byId(textId);
    if (bar) {
      bar.hidden = false;
      bar.removeAttribute("value");
    }
    stopProgress();
    timer = window.setInterval(function () {
      fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) {
          if (!p || !bar) {
            return;
          }
          if (p.total > 0) {
            bar.max = p.total;
            bar.value = p.done;
          }
          if (text) {
            text.textContent = p.done + " / " + p.total + " (" + p.percent + " %)";
          }
        })
        .catch(function () { /* the next tick tries again */ });
    }, 400);
  }

  function stopProgress() {
    if (timer) {
      window.clearInterval(timer);
      timer = null;
    }
  }

  /** Draws the FeatureCollection of data-geojson: polygons only, on a blank background. */
  function drawMap(mapId) {
    var holder = byId(mapId);
    if (!holder || typeof L === "undefined") {
      return;
    }
    var data = JSON.parse(holder.getAttribute("data-geojson") || "{}");
    var map = L.map(holder, {attributionControl: false, zoomSnap: 0.25});
    var layer = L.geoJSON(data, {
      style: function (f) {
        return {color: "#555", weight: 1, fillColor: f.properties.fill, fillOpacity: 0.85};
      },
      onEachFeature: function (f, l) {
        // A text node, never an HTML string: a territory's name is data, not markup.
        var tip = document.createElement("span");
        tip.textContent = f.properties.name + " : " + f.properties.value;
        l.bindTooltip(tip);
      }
    }).addTo(map);
    if (layer.getBounds().isValid()) {
      map.fitBounds(layer.getBounds(), {padding: [10, 10]});
    } else {
      map.setView([14.64, -61.02], 10);
    }
  }

  /*
   * No inline handlers (the content security policy refuses them): a PNG link names the file in
   * data-png-name and exports the chart of its own card; a map is drawn from its data-geojson.
   */
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-png-name]") : null;
    if (!link) {
      return;
    }
    event.preventDefault();
    var card = link.closest("section") || link.parentNode;
    downloadPng(card.querySelector(".ui-chart"), link.getAttribute("data-png-name"));
  });

  function drawMaps() {
    var maps = document.querySelectorAll(".obs-map[data-geojson]");
    for (var i = 0; i < maps.length; i++) {
      drawMap(maps[i].id);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawMaps);
  } else {
    drawMaps();
  }

  return {pollProgress: pollProgress, stopProgress: stopProgress};
})();
