/* Draws the maps of the page with Leaflet, served from this site.
 * Each map reads its settings from the JSON script element that
 * data-civic-map names. Without JavaScript, or when Leaflet did not load,
 * the map stays hidden and the text list beside it says it all. */
(function () {
  "use strict";

  function popup(place) {
    var link = document.createElement("a");
    link.href = place.url;
    link.textContent = place.title;
    return link;
  }

  function layers(config) {
    var found = [];
    if (config.boundary) {
      found.push(L.geoJSON(config.boundary, {
        style: { color: "#00546b", weight: 3, dashArray: "6 4", fillOpacity: 0.08 }
      }));
    }
    config.markers.forEach(function (place) {
      found.push(L.marker([place.lat, place.lng], { title: place.title, alt: place.title })
        .bindPopup(popup(place)));
    });
    return found;
  }

  function draw(container) {
    var config = JSON.parse(document.getElementById(container.dataset.civicMap).textContent);
    container.hidden = false;
    var map = L.map(container, { scrollWheelZoom: false, zoomControl: false });
    L.control.zoom({ zoomInTitle: config.labels.zoomIn, zoomOutTitle: config.labels.zoomOut }).addTo(map);
    if (config.tiles) {
      L.tileLayer(config.tiles, { attribution: config.attribution, maxZoom: config.maxZoom }).addTo(map);
    }
    var group = L.featureGroup(layers(config)).addTo(map);
    if (group.getLayers().length) {
      map.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 16 });
    }
  }

  if (window.L) {
    document.querySelectorAll("[data-civic-map]").forEach(draw);
  }
})();
